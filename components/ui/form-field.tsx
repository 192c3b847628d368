// Labelled form controls. Each renders its label, an optional hint and an error, and wires them
// with aria-describedby / aria-invalid so that screen readers announce them with the control.
// They accept every native prop including `ref` (React 19), so react-hook-form's
// `{...register("field")}` spreads straight in.
import type { ComponentPropsWithRef, ReactNode } from "react";
import { cx } from "./cx";

interface FieldOwnProps {
  label: ReactNode;
  /** Shown under the label, before the control. */
  hint?: ReactNode;
  /** The field's validation message; when set the control is marked invalid. */
  error?: string;
  /** Defaults to `name`. */
  id?: string;
  name: string;
}

function fieldIds(id: string | undefined, name: string, hint: unknown, error: unknown) {
  const controlId = id ?? `field-${name}`;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return { controlId, hintId, errorId, describedBy };
}

function FieldLabel({ htmlFor, required, children }: { htmlFor: string; required?: boolean; children: ReactNode }) {
  return (
    <label className="field__label" htmlFor={htmlFor}>
      {children}
      {/* The asterisk is decorative; `required` on the control is what assistive technology reads. */}
      {required ? (
        <span className="field__required" aria-hidden="true">
          *
        </span>
      ) : null}
    </label>
  );
}

/**
 * The error slot is a polite live region that always exists, so that a message appearing after
 * validation is announced.
 */
function FieldError({ id, error }: { id: string; error?: string }) {
  return (
    <div aria-live="polite">
      {error ? (
        <p id={id} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export type TextInputProps = FieldOwnProps & Omit<ComponentPropsWithRef<"input">, "id" | "name">;

export function TextInput({ label, hint, error, id, name, className, type = "text", ...props }: TextInputProps) {
  const ids = fieldIds(id, name, hint, error);
  return (
    <div className="field">
      <FieldLabel htmlFor={ids.controlId} required={props.required}>
        {label}
      </FieldLabel>
      {hint ? <p id={ids.hintId} className="field__hint">{hint}</p> : null}
      <input
        id={ids.controlId}
        name={name}
        type={type}
        className={cx("field__control", className)}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        {...props}
      />
      <FieldError id={`${ids.controlId}-error`} error={error} />
    </div>
  );
}

export type TextareaProps = FieldOwnProps & Omit<ComponentPropsWithRef<"textarea">, "id" | "name">;

export function Textarea({ label, hint, error, id, name, className, ...props }: TextareaProps) {
  const ids = fieldIds(id, name, hint, error);
  return (
    <div className="field">
      <FieldLabel htmlFor={ids.controlId} required={props.required}>
        {label}
      </FieldLabel>
      {hint ? <p id={ids.hintId} className="field__hint">{hint}</p> : null}
      <textarea
        id={ids.controlId}
        name={name}
        className={cx("field__control", className)}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        {...props}
      />
      <FieldError id={`${ids.controlId}-error`} error={error} />
    </div>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export type SelectProps = FieldOwnProps &
  Omit<ComponentPropsWithRef<"select">, "id" | "name" | "children"> & {
    options: readonly SelectOption[];
    /** Adds a first, empty option with this label (e.g. "Choose…"). */
    placeholder?: string;
  };

export function Select({ label, hint, error, id, name, className, options, placeholder, ...props }: SelectProps) {
  const ids = fieldIds(id, name, hint, error);
  return (
    <div className="field">
      <FieldLabel htmlFor={ids.controlId} required={props.required}>
        {label}
      </FieldLabel>
      {hint ? <p id={ids.hintId} className="field__hint">{hint}</p> : null}
      <select
        id={ids.controlId}
        name={name}
        className={cx("field__control", className)}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        {...props}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={`${ids.controlId}-error`} error={error} />
    </div>
  );
}

export type CheckboxProps = FieldOwnProps & Omit<ComponentPropsWithRef<"input">, "id" | "name" | "type">;

export function Checkbox({ label, hint, error, id, name, className, ...props }: CheckboxProps) {
  const ids = fieldIds(id, name, hint, error);
  return (
    <div className="field field--checkbox">
      <input
        id={ids.controlId}
        name={name}
        type="checkbox"
        className={cx("field__checkbox", className)}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        {...props}
      />
      <FieldLabel htmlFor={ids.controlId} required={props.required}>
        {label}
      </FieldLabel>
      {hint ? <p id={ids.hintId} className="field__hint">{hint}</p> : null}
      <FieldError id={`${ids.controlId}-error`} error={error} />
    </div>
  );
}
