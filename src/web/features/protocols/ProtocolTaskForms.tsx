import { Checkbox, Group, MultiSelect, NumberInput, Select, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  addProtocolTaskRequestSchema,
  changeProtocolTaskRequestSchema,
  createProtocolVariantRequestSchema,
  type ProtocolTaskView,
  type ProtocolView,
  type Responsible,
  responsibleParties,
  type TaskTrigger,
  taskTriggers,
} from '../../../contracts/protocols.js';
import { FormFrame, useSchemaForm } from '../../components/SchemaForm.js';
import { submission } from '../../lib/schema-errors.js';
import { employersQuery } from '../organisation/organisation.api.js';
import { responsibleLabelKeys, triggerLabelKeys, useProtocolMutations } from './protocols.api.js';

const nameFields = { 'name.nl': 'nameNl', 'name.en': 'nameEn' };
const asNumber = (value: number | string) => (value === '' ? Number.NaN : Number(value));

/** A task's names and offset: the protocol's next version. */
export function ChangeTaskForm({
  protocol,
  task,
  onClose,
}: {
  protocol: ProtocolView;
  task: ProtocolTaskView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { change } = useProtocolMutations();
  const schemaForm = useSchemaForm({
    initialValues: {
      nameNl: task.name.nl,
      nameEn: task.name.en,
      offset: task.offset as number | string,
    },
    submission: (values) =>
      submission(
        changeProtocolTaskRequestSchema,
        { name: { nl: values.nameNl, en: values.nameEn }, offset: asNumber(values.offset) },
        async (body) => {
          const saved = await change.mutateAsync({ id: protocol.id, task: task.code, body });
          notifications.show({
            color: 'teal',
            message: t('protocols.done.changed', { version: saved.version }),
          });
        },
      ),
    fieldOf: nameFields,
    required: () => ['nameNl', 'nameEn', 'offset'],
    onSaved: onClose,
  });
  const { form } = schemaForm;
  return (
    <FormFrame schemaForm={schemaForm} onCancel={onClose}>
      <TextInput
        label={t('protocols.fields.nameNl')}
        required
        data-autofocus
        {...form.getInputProps('nameNl')}
      />
      <TextInput label={t('protocols.fields.nameEn')} required {...form.getInputProps('nameEn')} />
      <NumberInput
        label={t('protocols.fields.offset')}
        description={t('protocols.fields.offsetHelp')}
        required
        allowDecimal={false}
        {...form.getInputProps('offset')}
      />
    </FormFrame>
  );
}

/** A new task at the end of the protocol: the protocol's next version. */
export function AddTaskForm({
  protocol,
  onClose,
}: {
  protocol: ProtocolView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { add } = useProtocolMutations();
  const schemaForm = useSchemaForm({
    initialValues: {
      code: '',
      nameNl: '',
      nameEn: '',
      trigger: 'sick_day' as TaskTrigger,
      offset: '' as number | string,
      repeatEvery: '' as number | string,
      repeatUntil: '' as number | string,
      responsible: ['employer'] as string[],
      postponable: true,
      setAsideOnClose: true,
    },
    submission: (values) =>
      submission(
        addProtocolTaskRequestSchema,
        {
          code: values.code,
          name: { nl: values.nameNl, en: values.nameEn },
          trigger: values.trigger,
          offset: asNumber(values.offset),
          repetition:
            values.repeatEvery === '' && values.repeatUntil === ''
              ? null
              : { every: asNumber(values.repeatEvery), until: asNumber(values.repeatUntil) },
          responsible: values.responsible as Responsible[],
          postponable: values.postponable,
          setAsideOnClose: values.setAsideOnClose,
          earlierAfterDone: null,
        },
        async (body) => {
          const saved = await add.mutateAsync({ id: protocol.id, body });
          notifications.show({
            color: 'teal',
            message: t('protocols.done.added', { version: saved.version }),
          });
        },
      ),
    fieldOf: {
      ...nameFields,
      'repetition.every': 'repeatEvery',
      'repetition.until': 'repeatUntil',
    },
    required: () => ['code', 'nameNl', 'nameEn', 'offset'],
    onSaved: onClose,
  });
  const { form } = schemaForm;
  return (
    <FormFrame schemaForm={schemaForm} onCancel={onClose}>
      <TextInput
        label={t('protocols.fields.code')}
        description={t('protocols.fields.codeHelp')}
        required
        data-autofocus
        {...form.getInputProps('code')}
      />
      <TextInput label={t('protocols.fields.nameNl')} required {...form.getInputProps('nameNl')} />
      <TextInput label={t('protocols.fields.nameEn')} required {...form.getInputProps('nameEn')} />
      <Select
        label={t('protocols.fields.trigger')}
        data={taskTriggers.map((value) => ({ value, label: t(triggerLabelKeys[value]) }))}
        allowDeselect={false}
        {...form.getInputProps('trigger')}
      />
      <NumberInput
        label={t('protocols.fields.offset')}
        description={t('protocols.fields.offsetHelp')}
        required
        allowDecimal={false}
        {...form.getInputProps('offset')}
      />
      <Group grow align="flex-start">
        <NumberInput
          label={t('protocols.fields.repeatEvery')}
          allowDecimal={false}
          min={1}
          {...form.getInputProps('repeatEvery')}
        />
        <NumberInput
          label={t('protocols.fields.repeatUntil')}
          allowDecimal={false}
          min={1}
          {...form.getInputProps('repeatUntil')}
        />
      </Group>
      <MultiSelect
        label={t('protocols.fields.responsible')}
        data={responsibleParties.map((value) => ({ value, label: t(responsibleLabelKeys[value]) }))}
        {...form.getInputProps('responsible')}
      />
      <Checkbox
        label={t('protocols.fields.postponable')}
        {...form.getInputProps('postponable', { type: 'checkbox' })}
      />
      <Checkbox
        label={t('protocols.fields.setAsideOnClose')}
        {...form.getInputProps('setAsideOnClose', { type: 'checkbox' })}
      />
    </FormFrame>
  );
}

/** An employer's own copy of a default protocol. */
export function VariantForm({
  protocol,
  onClose,
}: {
  protocol: ProtocolView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { variant } = useProtocolMutations();
  const employers = useQuery(employersQuery);
  const schemaForm = useSchemaForm({
    initialValues: { employerId: '' },
    submission: (values) =>
      submission(createProtocolVariantRequestSchema, values, async (body) => {
        const saved = await variant.mutateAsync({ id: protocol.id, employerId: body.employerId });
        notifications.show({
          color: 'teal',
          message: t('protocols.done.variant', { employer: saved.employerName ?? '' }),
        });
      }),
    required: () => ['employerId'],
    onSaved: onClose,
  });
  const { form } = schemaForm;
  return (
    <FormFrame schemaForm={schemaForm} onCancel={onClose}>
      <Text size="sm">{t('protocols.variantHelp')}</Text>
      <Select
        label={t('protocols.fields.employer')}
        required
        searchable
        data-autofocus
        data={(employers.data?.employers ?? []).map((employer) => ({
          value: employer.id,
          label: employer.name,
        }))}
        {...form.getInputProps('employerId')}
      />
    </FormFrame>
  );
}
