import { Alert, Button, Group, Modal, Radio, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { UseMutationResult } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmployeeDossier, EmploymentView } from '../../../contracts/employees.js';
import { ApiError, errorMessage } from '../../lib/api.js';
import {
  useAddEmployment,
  useChangeEmployment,
  useCorrectEmployment,
  useEndEmployment,
  useReportOutOfService,
  useUpdateDetails,
} from './employees.api.js';
import {
  EmploymentFields,
  type EmploymentDraft,
  emptyEmploymentDraft,
  missingEmploymentFields,
  toNewEmployment,
} from './EmploymentFields.js';
import {
  PersonalDetailsFields,
  personalDetailsDraftOf,
  type PersonalDetailsDraft,
  requiredPersonalFields,
  toPersonalDetails,
} from './PersonalDetailsFields.js';

/** A modal form: submit runs the mutation; server field errors land at their fields. */
function ActionModal<Input>({
  title,
  opened,
  onClose,
  mutation,
  input,
  missing,
  success,
  submitLabel,
  children,
}: {
  title: string;
  opened: boolean;
  onClose: () => void;
  mutation: UseMutationResult<unknown, Error, Input>;
  /** What to send, or the fields still missing (marked required, nothing sent). */
  input: () => Input;
  missing: () => string[];
  success: string;
  submitLabel: string;
  children: (errors: Record<string, string>) => ReactNode;
}) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const close = () => {
    setErrors({});
    setFormError(null);
    mutation.reset();
    onClose();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const absent = missing();
    setErrors(Object.fromEntries(absent.map((field) => [field, t('errors.field.required')])));
    if (absent.length > 0) return;
    mutation.mutate(input(), {
      onSuccess: () => {
        notifications.show({ color: 'green', message: success });
        close();
      },
      onError: (error) => {
        if (error instanceof ApiError && error.fields.length > 0) setErrors(error.fieldErrors());
        setFormError(errorMessage(error));
      },
    });
  };
  return (
    <Modal opened={opened} onClose={close} title={title} size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {formError && (
            <Alert color="red" variant="light" role="alert">
              {formError}
            </Alert>
          )}
          {children(errors)}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('employees.actions.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The employment's terms now, as a draft to correct or change. */
function draftOf(employment: EmploymentView): EmploymentDraft {
  const current = employment.versions[0];
  return {
    departmentId: current?.departmentId ?? null,
    startDate: employment.startDate,
    contractStartDate: employment.contractStartDate ?? '',
    endDate: employment.endDate ?? '',
    functionGroup: current?.functionGroup ?? '',
    functionName: current?.functionName ?? '',
    employmentType: current?.employmentType ?? 'permanent',
    contractHoursPerWeek: current?.contractHoursPerWeek ?? '',
    noRiskPolicy: current?.noRiskPolicy ?? false,
  };
}

const termFields = ['departmentId', 'employmentType', 'contractHoursPerWeek'] as const;

export function CorrectEmploymentModal(props: {
  employeeId: string;
  employment: EmploymentView;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useCorrectEmployment(props.employeeId, props.employment.id);
  const [draft, setDraft] = useState(() => draftOf(props.employment));
  return (
    <ActionModal
      title={t('employees.actions.correctTitle', { number: props.employment.number })}
      opened={props.opened}
      onClose={props.onClose}
      mutation={mutation}
      missing={() => missingEmploymentFields(draft, [...termFields, 'startDate'])}
      input={() => {
        const employment = toNewEmployment(draft);
        return {
          departmentId: employment.departmentId,
          employmentType: employment.employmentType,
          contractHoursPerWeek: employment.contractHoursPerWeek,
          functionGroup: employment.functionGroup,
          functionName: employment.functionName,
          noRiskPolicy: employment.noRiskPolicy,
          startDate: employment.startDate,
          contractStartDate: employment.contractStartDate,
        };
      }}
      success={t('employees.actions.corrected')}
      submitLabel={t('employees.actions.save')}
    >
      {(errors) => (
        <>
          <Alert variant="light" color="blue">
            {t('employees.actions.correctHint')}
          </Alert>
          <EmploymentFields
            value={draft}
            onChange={setDraft}
            errors={errors}
            show={{ dates: true, endDate: false }}
          />
        </>
      )}
    </ActionModal>
  );
}

export function ChangeEmploymentModal(props: {
  employeeId: string;
  employment: EmploymentView;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useChangeEmployment(props.employeeId, props.employment.id);
  const [draft, setDraft] = useState(() => draftOf(props.employment));
  const [validFrom, setValidFrom] = useState('');
  return (
    <ActionModal
      title={t('employees.actions.changeTitle', { number: props.employment.number })}
      opened={props.opened}
      onClose={props.onClose}
      mutation={mutation}
      missing={() => [
        ...(validFrom === '' ? ['validFrom'] : []),
        ...missingEmploymentFields(draft, termFields),
      ]}
      input={() => {
        const employment = toNewEmployment(draft);
        return {
          validFrom,
          departmentId: employment.departmentId,
          employmentType: employment.employmentType,
          contractHoursPerWeek: employment.contractHoursPerWeek,
          functionGroup: employment.functionGroup,
          functionName: employment.functionName,
          noRiskPolicy: employment.noRiskPolicy,
        };
      }}
      success={t('employees.actions.changed')}
      submitLabel={t('employees.actions.save')}
    >
      {(errors) => (
        <>
          <Alert variant="light" color="blue">
            {t('employees.actions.changeHint')}
          </Alert>
          <TextInput
            type="date"
            label={t('employees.fields.validFrom')}
            value={validFrom}
            onChange={(event) => setValidFrom(event.currentTarget.value)}
            required
            error={errors['validFrom']}
          />
          <EmploymentFields
            value={draft}
            onChange={setDraft}
            errors={errors}
            show={{ dates: false, endDate: false }}
          />
        </>
      )}
    </ActionModal>
  );
}

export function EndEmploymentModal(props: {
  employeeId: string;
  employment: EmploymentView;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useEndEmployment(props.employeeId, props.employment.id);
  const [endDate, setEndDate] = useState(props.employment.endDate ?? '');
  return (
    <ActionModal
      title={t('employees.actions.endTitle', { number: props.employment.number })}
      opened={props.opened}
      onClose={props.onClose}
      mutation={mutation}
      missing={() => []}
      input={() => endDate || null}
      success={t('employees.actions.ended')}
      submitLabel={t('employees.actions.save')}
    >
      {(errors) => (
        <TextInput
          type="date"
          label={t('employees.fields.endDate')}
          description={t('employees.actions.endHint')}
          value={endDate}
          onChange={(event) => setEndDate(event.currentTarget.value)}
          error={errors['endDate']}
        />
      )}
    </ActionModal>
  );
}

export function OutOfServiceModal(props: {
  dossier: EmployeeDossier;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useReportOutOfService(props.dossier.id);
  const reported = props.dossier.employments.find((employment) => employment.endReason !== null);
  const [date, setDate] = useState(reported?.endDate ?? '');
  const [reason, setReason] = useState<'none' | 'deceased'>(reported?.endReason ?? 'none');
  return (
    <ActionModal
      title={t('employees.actions.outOfServiceTitle')}
      opened={props.opened}
      onClose={props.onClose}
      mutation={mutation}
      missing={() => (date === '' ? ['date'] : [])}
      input={() => ({ date, reason })}
      success={t('employees.actions.reportedOutOfService')}
      submitLabel={t('employees.actions.reportOutOfService')}
    >
      {(errors) => (
        <>
          <Radio.Group
            label={t('employees.actions.reason')}
            value={reason}
            onChange={(value) => setReason(value === 'deceased' ? 'deceased' : 'none')}
          >
            <Group mt="xs">
              <Radio value="none" label={t('employees.actions.reasonNone')} />
              <Radio value="deceased" label={t('employees.employment.deceased')} />
            </Group>
          </Radio.Group>
          <TextInput
            type="date"
            label={t('employees.actions.outOfServiceDate')}
            value={date}
            onChange={(event) => setDate(event.currentTarget.value)}
            required
            error={errors['date']}
          />
        </>
      )}
    </ActionModal>
  );
}

export function AddEmploymentModal(props: {
  employeeId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useAddEmployment(props.employeeId);
  const [draft, setDraft] = useState<EmploymentDraft>(emptyEmploymentDraft);
  return (
    <ActionModal
      title={t('employees.actions.addEmployment')}
      opened={props.opened}
      onClose={props.onClose}
      mutation={mutation}
      missing={() =>
        missingEmploymentFields(draft, [...termFields, 'startDate', 'contractStartDate'])
      }
      input={() => toNewEmployment(draft)}
      success={t('employees.actions.employmentAdded')}
      submitLabel={t('employees.actions.addEmployment')}
    >
      {(errors) => (
        <EmploymentFields
          value={draft}
          onChange={setDraft}
          errors={errors}
          show={{ dates: true, endDate: true }}
        />
      )}
    </ActionModal>
  );
}

export function EditDetailsModal(props: {
  dossier: EmployeeDossier;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useUpdateDetails(props.dossier.id);
  const [draft, setDraft] = useState<PersonalDetailsDraft>(() =>
    personalDetailsDraftOf(props.dossier),
  );
  return (
    <ActionModal
      title={t('employees.actions.editDetails')}
      opened={props.opened}
      onClose={props.onClose}
      mutation={mutation}
      missing={() =>
        requiredPersonalFields.filter((field) => draft[field] === '' || draft[field] === null)
      }
      input={() => toPersonalDetails(draft)}
      success={t('employees.actions.detailsSaved')}
      submitLabel={t('employees.actions.save')}
    >
      {(errors) => <PersonalDetailsFields value={draft} onChange={setDraft} errors={errors} />}
    </ActionModal>
  );
}
