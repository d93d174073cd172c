import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasErrorCode } from '../../lib/errors';
import { ApiError } from '../ApiError';
import { Field } from '../account/Field';
import { fieldErrorOf } from '../account/fieldError';
import { type RevokedCertificate, useRevokeCertificate } from './useRevokeCertificate';

/** What revokeCertificate accepts as a reason (subgraphs/history/src/operations/certificates.ts). */
export const REASON_MAX = 500;

/**
 * Revokes a certificate in two steps: the reason (required), then a confirm that says what follows.
 * With `number` it revokes that certificate; without, the admin types the number.
 */
export function RevokeCertificateForm({
  number: fixedNumber,
  onRevoked,
  onCancel,
}: {
  number?: string;
  onRevoked: (certificate: RevokedCertificate) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation('admin');
  const [number, setNumber] = useState(fixedNumber ?? '');
  const [reason, setReason] = useState('');
  const [localField, setLocalField] = useState<'number' | 'reason' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const { revoke, revoking, error, reset } = useRevokeCertificate();
  const form = useRef<HTMLFormElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const notFound = hasErrorCode(error, 'NOT_FOUND');
  const apiField = fieldErrorOf(error)?.field;
  const refused = localField ?? (notFound ? 'number' : apiField === 'reason' ? 'reason' : null);

  useEffect(() => {
    if (refused) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refused, error]);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  // Opened for one certificate, the reason is what to type first.
  useEffect(() => {
    if (fixedNumber !== undefined) form.current?.querySelector('textarea')?.focus();
  }, [fixedNumber]);

  const check = (event: FormEvent) => {
    event.preventDefault();
    reset();
    const problem = !number.trim()
      ? 'number'
      : !reason.trim() || reason.trim().length > REASON_MAX
        ? 'reason'
        : null;
    setLocalField(problem);
    setConfirming(problem === null);
  };
  const confirm = async () => {
    const revoked = await revoke(number.trim(), reason);
    setConfirming(false);
    if (revoked) onRevoked(revoked);
  };

  const numberError =
    refused === 'number'
      ? notFound
        ? t('people.revoke.notFound')
        : t('people.revoke.numberRequired')
      : undefined;
  const reasonError = refused === 'reason' ? t('people.revoke.reasonError', { max: REASON_MAX }) : undefined;

  return (
    <form
      ref={form}
      className="form people-revoke"
      onSubmit={check}
      noValidate
      data-testid="revoke-certificate-form"
    >
      {fixedNumber === undefined && (
        <Field label={t('people.revoke.number')} hint={t('people.revoke.numberHint')} error={numberError}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={number}
              readOnly={confirming}
              onChange={(e) => setNumber(e.target.value)}
              required
            />
          )}
        </Field>
      )}
      {fixedNumber !== undefined && numberError && (
        <p className="notice notice--error" role="alert">
          {numberError}
        </p>
      )}
      <Field
        label={t('people.revoke.reason')}
        hint={t('people.revoke.reasonHint', { max: REASON_MAX })}
        error={reasonError}
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={reason}
            readOnly={confirming}
            onChange={(e) => setReason(e.target.value)}
            required
          />
        )}
      </Field>
      {error !== undefined && !notFound && apiField !== 'reason' && <ApiError error={error} />}
      {confirming ? (
        <fieldset className="people-confirm">
          <legend className="visually-hidden">{t('people.revoke.confirmLabel')}</legend>
          <p>{t('people.revoke.confirm', { number: number.trim() })}</p>
          <div className="actions">
            <button
              ref={confirmButton}
              type="button"
              className="button button--danger"
              disabled={revoking}
              onClick={() => void confirm()}
              data-testid="confirm-revoke-certificate"
            >
              {revoking ? t('people.revoke.revoking') : t('people.revoke.confirmYes')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {t('people.revoke.back')}
            </button>
          </div>
        </fieldset>
      ) : (
        <div className="actions">
          <button type="submit" className="button button--danger" data-testid="revoke-certificate-next">
            {t('people.revoke.next')}
          </button>
          {onCancel && (
            <button type="button" className="button button--secondary" onClick={onCancel}>
              {t('people.revoke.cancel')}
            </button>
          )}
        </div>
      )}
    </form>
  );
}
