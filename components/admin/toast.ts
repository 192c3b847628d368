// Outcome notices of the console ("Meeting saved.", "Draft deleted."): sonner's toast, mounted once
// by <ConsoleToaster> in the console layout, so a toast survives a client-side navigation.
// Field problems still go to the fields and form-level failures to the form's message slot.
export { toast } from "sonner";
