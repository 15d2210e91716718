/**
 * A labelled form control with the hub's complaint about it, if any, beside it: a mutation's
 * `userErrors` name the input field (["input", "visitOn"]), and the message goes to that field.
 */
import type { ComponentChildren } from 'preact';

export interface UserError {
  readonly field: readonly string[];
  readonly code: string;
  readonly message: string;
}

export const USER_ERROR_FIELDS = 'userErrors { field code message }';

/** The message for one input field, from the errors of the mutation that named it. */
export function errorFor(errors: readonly UserError[], field: string): string | undefined {
  return errors.find((error) => error.field[error.field.length - 1] === field)?.message;
}

/** The errors that name none of the form's fields, shown at its top. */
export function otherErrors(errors: readonly UserError[], fields: readonly string[]): UserError[] {
  return errors.filter((error) => !fields.includes(error.field[error.field.length - 1] ?? ''));
}

interface FormFieldProps {
  readonly id: string;
  readonly label: string;
  readonly error?: string;
  /** Renders the control with the attributes that tie it to its label and error. */
  readonly children: (control: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ComponentChildren;
}

export function FormField({ id, label, error, children }: FormFieldProps) {
  const errorId = `${id}-error`;
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>{label}</label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': error ? errorId : undefined })}
      {error && (
        <p id={errorId} class="error">
          {error}
        </p>
      )}
    </div>
  );
}
