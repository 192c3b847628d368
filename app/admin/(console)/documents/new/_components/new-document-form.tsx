"use client";
// The new-document form: a draft under the meeting or event the page was opened from. After
// creation the document's own page opens, where its files are uploaded.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { type Path, useForm } from "react-hook-form";
import { toast } from "@/components/admin/toast";
import { DOCUMENT_ERROR_PATHS, DocumentFields } from "@/components/documents/staff/document-fields";
import { applyFieldErrors } from "@/components/forms/apply-field-errors";
import { FormMessageSlot, type FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui";
import { createDocumentAction } from "@/lib/documents/actions";
import { newDocumentSchema, type NewDocumentInput } from "@/lib/documents/schemas";

export function NewDocumentForm({ initial }: { initial: NewDocumentInput }) {
  const router = useRouter();
  const [message, setMessage] = useState<FormMessage>(null);
  // raw: the action parses the same schema again, so it must get the form's values, not the
  // schema's output (an empty symbol becomes null there, which the input shape refuses).
  const form = useForm<NewDocumentInput>({ resolver: zodResolver(newDocumentSchema, undefined, { raw: true }), defaultValues: initial });
  const { isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await createDocumentAction(values);
    if (result.ok) {
      toast.success("Document created as a draft. Add its files below.");
      router.push(`/admin/documents/${result.data.id}`);
      return;
    }
    const placed = applyFieldErrors(result.fieldErrors, DOCUMENT_ERROR_PATHS as readonly Path<NewDocumentInput>[], form.setError);
    setMessage({ tone: "error", text: placed ? "Some fields need attention." : result.message });
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-describedby="new-document-message">
      <FormMessageSlot message={message} id="new-document-message" />
      <DocumentFields form={form} />
      <div className="form-actions">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Creating…" : "Create document"}
        </Button>
      </div>
    </form>
  );
}
