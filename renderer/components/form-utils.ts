import type { z } from "zod";
import type { ApiError } from "../api/client";

/** Validate a Mantine form with a contract schema: the same Vietnamese messages as the backend. */
export function zodValidate<T>(schema: z.ZodType) {
  return (values: T): Record<string, string> => {
    const result = schema.safeParse(values);
    if (result.success) return {};
    const errors: Record<string, string> = {};
    for (const issue of result.error.issues) errors[issue.path.join(".")] ??= issue.message;
    return errors;
  };
}

/** Put the backend's field messages on the form's fields. */
export function showServerErrors(
  form: { setErrors(errors: Record<string, string>): void },
  error: ApiError,
) {
  if (Object.keys(error.fields).length) form.setErrors(error.fields);
}

/** Errors minus those of the fields just edited: a corrected field stops showing its message. */
export function withoutKeys(
  errors: Record<string, string>,
  edited: object,
): Record<string, string> {
  const next = { ...errors };
  for (const key of Object.keys(edited)) delete next[key];
  return next;
}
