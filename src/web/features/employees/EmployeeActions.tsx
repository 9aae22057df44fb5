import { Alert, Group, Radio, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  changeEmploymentRequestSchema,
  correctEmploymentRequestSchema,
  type EmployeeDossier,
  type EmploymentView,
  endEmploymentRequestSchema,
  newEmploymentSchema,
  outOfServiceRequestSchema,
  personalDetailsSchema,
} from '../../../contracts/employees.js';
import {
  FormFrame,
  openDialog,
  type SchemaForm,
  useSchemaForm,
} from '../../components/SchemaForm.js';
import { i18n } from '../../i18n/i18n.js';
import { submission } from '../../lib/schema-errors.js';
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
  toNewEmployment,
} from './EmploymentFields.js';
import {
  PersonalDetailsFields,
  personalDetailsDraftOf,
  requiredPersonalFields,
  toPersonalDetails,
} from './PersonalDetailsFields.js';

/** Shows the success message and closes the dialog. */
const saved = (message: string, close: () => void) => () => {
  notifications.show({ color: 'green', message });
  close();
};

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

/** The terms of a draft that a correction or a change sends. */
function termsOf(draft: EmploymentDraft) {
  const employment = toNewEmployment(draft);
  return {
    departmentId: employment.departmentId,
    employmentType: employment.employmentType,
    contractHoursPerWeek: employment.contractHoursPerWeek,
    functionGroup: employment.functionGroup,
    functionName: employment.functionName,
    noRiskPolicy: employment.noRiskPolicy,
  };
}

/** The employment fields of a form whose values are (at least) an employment draft. */
function DraftFields<Values extends EmploymentDraft>({
  schemaForm,
  show,
}: {
  schemaForm: SchemaForm<Values>;
  show: { dates: boolean; endDate: boolean };
}) {
  const { form } = schemaForm;
  return (
    <EmploymentFields
      value={form.values}
      onChange={(draft) => form.setValues(draft as Partial<Values>)}
      errors={form.errors}
      show={show}
    />
  );
}

interface EmploymentActionProps {
  employeeId: string;
  employment: EmploymentView;
  onDone: () => void;
}

function CorrectEmploymentForm({ employeeId, employment, onDone }: EmploymentActionProps) {
  const { t } = useTranslation();
  const mutation = useCorrectEmployment(employeeId, employment.id);
  const schemaForm = useSchemaForm({
    initialValues: draftOf(employment),
    submission: (draft) =>
      submission(
        correctEmploymentRequestSchema,
        {
          ...termsOf(draft),
          startDate: draft.startDate,
          contractStartDate: toNewEmployment(draft).contractStartDate,
        },
        mutation.mutateAsync,
      ),
    required: () => [...termFields, 'startDate'],
    onSaved: saved(t('employees.actions.corrected'), onDone),
  });
  return (
    <FormFrame schemaForm={schemaForm} submitLabel={t('employees.actions.save')} onCancel={onDone}>
      <Alert variant="light" color="blue">
        {t('employees.actions.correctHint')}
      </Alert>
      <DraftFields schemaForm={schemaForm} show={{ dates: true, endDate: false }} />
    </FormFrame>
  );
}

function ChangeEmploymentForm({ employeeId, employment, onDone }: EmploymentActionProps) {
  const { t } = useTranslation();
  const mutation = useChangeEmployment(employeeId, employment.id);
  const schemaForm = useSchemaForm({
    initialValues: { ...draftOf(employment), validFrom: '' },
    submission: (values) =>
      submission(
        changeEmploymentRequestSchema,
        { validFrom: values.validFrom, ...termsOf(values) },
        mutation.mutateAsync,
      ),
    required: () => ['validFrom', ...termFields],
    onSaved: saved(t('employees.actions.changed'), onDone),
  });
  return (
    <FormFrame schemaForm={schemaForm} submitLabel={t('employees.actions.save')} onCancel={onDone}>
      <Alert variant="light" color="blue">
        {t('employees.actions.changeHint')}
      </Alert>
      <TextInput
        type="date"
        label={t('employees.fields.validFrom')}
        required
        {...schemaForm.form.getInputProps('validFrom')}
      />
      <DraftFields schemaForm={schemaForm} show={{ dates: false, endDate: false }} />
    </FormFrame>
  );
}

function EndEmploymentForm({ employeeId, employment, onDone }: EmploymentActionProps) {
  const { t } = useTranslation();
  const mutation = useEndEmployment(employeeId, employment.id);
  const schemaForm = useSchemaForm({
    initialValues: { endDate: employment.endDate ?? '' },
    submission: (values) =>
      submission(endEmploymentRequestSchema, { endDate: values.endDate || null }, (body) =>
        mutation.mutateAsync(body.endDate),
      ),
    onSaved: saved(t('employees.actions.ended'), onDone),
  });
  return (
    <FormFrame schemaForm={schemaForm} submitLabel={t('employees.actions.save')} onCancel={onDone}>
      <TextInput
        type="date"
        label={t('employees.fields.endDate')}
        description={t('employees.actions.endHint')}
        {...schemaForm.form.getInputProps('endDate')}
      />
    </FormFrame>
  );
}

function OutOfServiceForm({ dossier, onDone }: { dossier: EmployeeDossier; onDone: () => void }) {
  const { t } = useTranslation();
  const mutation = useReportOutOfService(dossier.id);
  const reported = dossier.employments.find((employment) => employment.endReason !== null);
  const schemaForm = useSchemaForm({
    initialValues: {
      date: reported?.endDate ?? '',
      reason: (reported?.endReason ?? 'none') as 'none' | 'deceased',
    },
    submission: (values) => submission(outOfServiceRequestSchema, values, mutation.mutateAsync),
    onSaved: saved(t('employees.actions.reportedOutOfService'), onDone),
  });
  const { form } = schemaForm;
  return (
    <FormFrame
      schemaForm={schemaForm}
      submitLabel={t('employees.actions.reportOutOfService')}
      onCancel={onDone}
    >
      <Radio.Group label={t('employees.actions.reason')} {...form.getInputProps('reason')}>
        <Group mt="xs">
          <Radio value="none" label={t('employees.actions.reasonNone')} />
          <Radio value="deceased" label={t('employees.employment.deceased')} />
        </Group>
      </Radio.Group>
      <TextInput
        type="date"
        label={t('employees.actions.outOfServiceDate')}
        required
        {...form.getInputProps('date')}
      />
    </FormFrame>
  );
}

function AddEmploymentForm({ employeeId, onDone }: { employeeId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const mutation = useAddEmployment(employeeId);
  const schemaForm = useSchemaForm({
    initialValues: emptyEmploymentDraft,
    submission: (draft) =>
      submission(newEmploymentSchema, toNewEmployment(draft), mutation.mutateAsync),
    required: () => [...termFields, 'startDate', 'contractStartDate'],
    onSaved: saved(t('employees.actions.employmentAdded'), onDone),
  });
  return (
    <FormFrame
      schemaForm={schemaForm}
      submitLabel={t('employees.actions.addEmployment')}
      onCancel={onDone}
    >
      <DraftFields schemaForm={schemaForm} show={{ dates: true, endDate: true }} />
    </FormFrame>
  );
}

function EditDetailsForm({ dossier, onDone }: { dossier: EmployeeDossier; onDone: () => void }) {
  const { t } = useTranslation();
  const mutation = useUpdateDetails(dossier.id);
  const schemaForm = useSchemaForm({
    initialValues: personalDetailsDraftOf(dossier),
    submission: (draft) =>
      submission(personalDetailsSchema, toPersonalDetails(draft), mutation.mutateAsync),
    required: () => requiredPersonalFields,
    onSaved: saved(t('employees.actions.detailsSaved'), onDone),
  });
  const { form } = schemaForm;
  return (
    <FormFrame schemaForm={schemaForm} submitLabel={t('employees.actions.save')} onCancel={onDone}>
      <PersonalDetailsFields
        value={form.values}
        onChange={(draft) => form.setValues(draft)}
        errors={form.errors}
      />
    </FormFrame>
  );
}

const open = (title: string, content: (close: () => void) => ReactNode) =>
  openDialog({ title, content });

/** The dialogs of the employee actions (dossier page and employment cards). */
export const employeeActions = {
  correctEmployment: (employeeId: string, employment: EmploymentView) =>
    open(i18n.t('employees.actions.correctTitle', { number: employment.number }), (close) => (
      <CorrectEmploymentForm employeeId={employeeId} employment={employment} onDone={close} />
    )),
  changeEmployment: (employeeId: string, employment: EmploymentView) =>
    open(i18n.t('employees.actions.changeTitle', { number: employment.number }), (close) => (
      <ChangeEmploymentForm employeeId={employeeId} employment={employment} onDone={close} />
    )),
  endEmployment: (employeeId: string, employment: EmploymentView) =>
    open(i18n.t('employees.actions.endTitle', { number: employment.number }), (close) => (
      <EndEmploymentForm employeeId={employeeId} employment={employment} onDone={close} />
    )),
  outOfService: (dossier: EmployeeDossier) =>
    open(i18n.t('employees.actions.outOfServiceTitle'), (close) => (
      <OutOfServiceForm dossier={dossier} onDone={close} />
    )),
  addEmployment: (employeeId: string) =>
    open(i18n.t('employees.actions.addEmployment'), (close) => (
      <AddEmploymentForm employeeId={employeeId} onDone={close} />
    )),
  editDetails: (dossier: EmployeeDossier) =>
    open(i18n.t('employees.actions.editDetails'), (close) => (
      <EditDetailsForm dossier={dossier} onDone={close} />
    )),
};
