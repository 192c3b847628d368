// One table of partner organisations: name (as the organisation wrote it), type, and country in
// the page's language. Nothing else about a registration is public.
import { getTranslations } from "next-intl/server";
import { Table } from "@/components/ui";
import type { PublicLocale } from "@/lib/i18n/routing";
import type { PublicPartner } from "@/lib/registrations/partners";
import { countryName } from "@/lib/states/names";

export async function PartnerTable({ partners, locale, caption }: { partners: readonly PublicPartner[]; locale: PublicLocale; caption: string }) {
  const t = await getTranslations({ locale, namespace: "partners" });
  return (
    <Table caption={caption} captionHidden>
      <thead>
        <tr>
          <th scope="col">{t("organisation")}</th>
          <th scope="col">{t("type")}</th>
          <th scope="col">{t("country")}</th>
        </tr>
      </thead>
      <tbody>
        {partners.map((partner) => (
          <tr key={`${partner.name}|${partner.countryCode}|${partner.type}`}>
            {/* The name as registered, in whatever script: the browser detects its direction. */}
            <th scope="row" dir="auto">
              {partner.name}
            </th>
            <td>{t(`types.${partner.type}`)}</td>
            <td>{countryName(partner.countryCode, locale)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
