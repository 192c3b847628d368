// The HTML body as the recipient sees it, inert: an iframe with an empty `sandbox` runs no script,
// submits no form, opens nothing and lives in an opaque origin, so even a hostile body could not
// reach the console's page, cookies or session. `srcdoc` keeps it off the network (X-Frame-Options
// DENY would refuse a framed console URL anyway). The markup itself is also available as text.
export function HtmlPreview({ html, title }: { html: string; title: string }) {
  return (
    <>
      <iframe className="mail-html-preview" sandbox="" srcDoc={html} title={title} referrerPolicy="no-referrer" />
      <details className="mail-html-source">
        <summary>HTML source</summary>
        <pre>{html}</pre>
      </details>
    </>
  );
}
