import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Form, Select, TextField } from '../../design';
import type { SparkApplicationInput, SparkCategory } from '../../graphql/generated/graphql';
import { formatMoney, moneyInput, parseMoney } from './money';

export const CATEGORIES: readonly SparkCategory[] = [
  'TRANSPORT',
  'WORK_CLOTHING',
  'TRAINING_FEES',
  'WORK_TOOLS',
  'PHONE_OR_DATA',
  'IDENTITY_DOCUMENTS',
  'HOUSING_COSTS',
  'OTHER',
];

export interface ApplicationFormProps {
  currency: string;
  /** The most one grant from the fund may be, in minor units. */
  perGrantCap: number;
  initial?: { category: SparkCategory; amount: number; neededBy: string; nextStep: string | null };
  submitLabel: string;
  pending: boolean;
  onSubmit: (input: SparkApplicationInput) => void;
}

/** What a member asks for: what it is for, how much, by when, and the next step it helps with. */
export function ApplicationForm({ currency, perGrantCap, initial, submitLabel, pending, onSubmit }: ApplicationFormProps) {
  const { t, i18n } = useTranslation();
  const [category, setCategory] = useState<SparkCategory | null>(initial?.category ?? null);
  const [amount, setAmount] = useState(initial ? moneyInput(initial.amount, currency) : '');
  const [neededBy, setNeededBy] = useState(initial?.neededBy ?? '');
  const [nextStep, setNextStep] = useState(initial?.nextStep ?? '');
  const [checked, setChecked] = useState(false);
  const cap = formatMoney(perGrantCap, currency, i18n.language);
  const minor = parseMoney(amount, currency);
  const amountError = !checked
    ? null
    : minor === null || minor <= 0
      ? t('sparks.form.amountInvalid')
      : minor > perGrantCap
        ? t('sparks.form.amountOverCap', { cap })
        : null;
  const categoryError = checked && !category ? t('sparks.form.categoryMissing') : null;
  return (
    <Form
      onSubmit={() => {
        setChecked(true);
        if (!category || minor === null || minor <= 0 || minor > perGrantCap) return;
        onSubmit({ category, amount: minor, neededBy, nextStep: nextStep.trim() });
      }}
    >
      <Select
        label={t('sparks.form.category')}
        options={CATEGORIES.map((id) => ({ id, label: t(`sparks.category.${id}`) }))}
        value={category}
        onChange={(value) => setCategory(CATEGORIES.find((id) => id === value) ?? null)}
        placeholder={t('sparks.form.categoryPlaceholder')}
        errorMessage={categoryError}
        isRequired
      />
      <TextField
        label={t('sparks.form.amount', { currency })}
        description={t('sparks.form.amountHint', { cap })}
        inputMode="decimal"
        value={amount}
        onChange={setAmount}
        errorMessage={amountError}
        isRequired
      />
      <TextField label={t('sparks.form.neededBy')} type="date" value={neededBy} onChange={setNeededBy} isRequired />
      <TextField
        label={t('sparks.form.nextStep')}
        description={t('sparks.form.nextStepHint')}
        multiline
        rows={4}
        maxLength={2000}
        value={nextStep}
        onChange={setNextStep}
        isRequired
      />
      <Button type="submit" isPending={pending}>
        {submitLabel}
      </Button>
    </Form>
  );
}
