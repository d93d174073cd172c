import type { ReactNode } from 'react';
import { Field } from './Field';

/** A labelled password input: `current-password` to prove who one is, `new-password` to choose one. */
export function PasswordField({
  label,
  hint,
  error,
  value,
  onChange,
  purpose,
}: {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  purpose: 'current' | 'new';
}) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          type="password"
          autoComplete={purpose === 'current' ? 'current-password' : 'new-password'}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          required
        />
      )}
    </Field>
  );
}
