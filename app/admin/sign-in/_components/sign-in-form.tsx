"use client";
// Email and password, validated with the same schema the server applies. On success the browser
// loads the target page afresh, so the server renders it with the new session cookie.
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormMessageSlot, type FormMessage } from "@/components/forms/form-message";
import { Button, TextInput } from "@/components/ui";
import { signInSchema, SIGN_IN_FAILED_MESSAGE, type SignInInput } from "@/lib/auth/schemas";
import { signInWithCredentials } from "@/lib/auth/sign-in-client";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [message, setMessage] = useState<FormMessage>(null);
  const form = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: "", password: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const outcome = await signInWithCredentials(values);
    if (outcome === "signed-in") {
      window.location.assign(callbackUrl);
      return;
    }
    form.resetField("password");
    setMessage({
      tone: "error",
      text: outcome === "refused" ? SIGN_IN_FAILED_MESSAGE : "Signing in is not possible right now. Please try again in a moment.",
    });
    form.setFocus("password");
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-describedby="sign-in-message">
      <FormMessageSlot message={message} id="sign-in-message" />
      <TextInput
        label="Email"
        type="email"
        autoComplete="username"
        required
        error={errors.email?.message}
        {...form.register("email")}
      />
      <TextInput
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        error={errors.password?.message}
        {...form.register("password")}
      />
      <div className="form-actions">
        <Button type="submit" disabled={isSubmitting} aria-disabled={isSubmitting}>
          {isSubmitting ? "Signing in…" : "Sign in"}
        </Button>
      </div>
    </form>
  );
}
