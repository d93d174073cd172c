import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VenueKind } from '../../generated/graphql';
import { useFormDraft } from '../../hooks/useFormDraft';
import { type SavedVenue, useSaveVenue } from './useSaveVenue';
import { VenueForm } from './VenueForm';
import { draftFromVenue, EMPTY_VENUE, type VenueDraft } from './venueDraft';

interface EditorProps {
  cityId: string;
  onSaved: (venue: SavedVenue) => void;
  onCancel: () => void;
}

/** A new venue of the city; what was typed survives errors and reloads of the page. */
export function AddVenue({ cityId, onSaved, onCancel }: EditorProps) {
  const { t } = useTranslation('staffCity');
  const [values, set, clear] = useFormDraft(`staff-venue-${cityId}`, EMPTY_VENUE);
  const { save, saving, error } = useSaveVenue(cityId);
  const submit = async () => {
    const saved = await save(values);
    if (!saved) return;
    clear();
    onSaved(saved);
  };
  return (
    <VenueForm
      values={values}
      set={set}
      onSubmit={() => void submit()}
      onCancel={onCancel}
      saving={saving}
      error={error}
      submitLabel={t('venueForm.add')}
    />
  );
}

/** One venue's form, prefilled with what the list shows. */
export function EditVenue({
  cityId,
  venue,
  onSaved,
  onCancel,
}: EditorProps & {
  venue: { id: string; name: string; kind: VenueKind; address: string; dong?: string | null };
}) {
  const { t } = useTranslation('staffCity');
  const [values, setValues] = useState(() => draftFromVenue(venue));
  const set = useCallback(
    (name: keyof VenueDraft, value: string) => setValues((current) => ({ ...current, [name]: value })),
    [],
  );
  const { save, saving, error } = useSaveVenue(cityId, venue.id);
  const submit = async () => {
    const saved = await save(values);
    if (saved) onSaved(saved);
  };
  return (
    <VenueForm
      values={values}
      set={set}
      onSubmit={() => void submit()}
      onCancel={onCancel}
      saving={saving}
      error={error}
      submitLabel={t('venueForm.save')}
    />
  );
}
