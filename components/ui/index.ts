// The UI kit. Every primitive renders in server and client components alike (no hooks, no state).
export { cx } from "./cx";
export { Button, buttonClass, type ButtonProps, type ButtonVariant, type ButtonSize } from "./button";
export { TextInput, Textarea, Select, Checkbox, type SelectOption } from "./form-field";
export { Alert, type AlertTone } from "./alert";
export { Badge, type BadgeTone } from "./badge";
export { Card } from "./card";
export { Table } from "./table";
export { Breadcrumbs, type Breadcrumb } from "./breadcrumbs";
export { SkipLink } from "./skip-link";
export { VisuallyHidden } from "./visually-hidden";
