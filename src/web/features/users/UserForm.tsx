import {
  Alert,
  Checkbox,
  Group,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type EmployerRole, employerRoles } from '../../../contracts/permissions.js';
import {
  type CreateUserRequest,
  createUserRequestSchema,
  type UpdateUserRequest,
  updateUserRequestSchema,
  type UserDetail,
  type UserGender,
  userGenders,
} from '../../../contracts/users.js';
import { FormFrame, useSchemaForm } from '../../components/SchemaForm.js';
import { submission } from '../../lib/schema-errors.js';
import { genderLabels, roleLabel } from './users.labels.js';

type UserFormProps = {
  submitLabel: string;
  onCancel?: () => void;
  /** After the server accepted the account. */
  onSaved?: () => void;
} & (
  | {
      /** Adding asks for the role and autorisatie-overname too. */
      mode: 'add';
      send: (request: CreateUserRequest) => Promise<unknown>;
    }
  | {
      /** Editing has the role and the scope on Autorisaties. */
      mode: 'edit';
      initial: UserDetail;
      send: (request: UpdateUserRequest) => Promise<unknown>;
    }
);

/**
 * The account's details as the manual's form asks them: names, gender, e-mail, role (adding),
 * login method and login name, an optional validity period, 2FA (always on) and, when adding,
 * autorisatie-overname.
 */
export function UserForm(props: UserFormProps) {
  const { mode, submitLabel, onCancel, onSaved } = props;
  const { t } = useTranslation();
  const initial = props.mode === 'edit' ? props.initial : undefined;
  const schemaForm = useSchemaForm({
    initialValues: {
      firstName: initial?.firstName ?? '',
      lastName: initial?.lastName ?? '',
      gender: (initial?.gender ?? '') as UserGender | '',
      email: initial?.email ?? '',
      role: '' as EmployerRole | '',
      loginName: initial?.loginName ?? '',
      limited: initial !== undefined && (initial.validFrom !== null || initial.validUntil !== null),
      validFrom: initial?.validFrom ?? '',
      validUntil: initial?.validUntil ?? '',
      inheritScope: '' as 'yes' | 'no' | '',
    },
    submission: (values) => {
      const details = {
        firstName: values.firstName.trim(),
        lastName: values.lastName.trim(),
        // An empty choice fails the schema and shows as "required".
        gender: values.gender as UserGender,
        email: values.email.trim(),
        loginName: values.loginName.trim(),
        validFrom: values.limited && values.validFrom !== '' ? values.validFrom : null,
        validUntil: values.limited && values.validUntil !== '' ? values.validUntil : null,
      };
      return props.mode === 'add'
        ? submission(
            createUserRequestSchema,
            {
              ...details,
              role: values.role as EmployerRole,
              inheritScope: values.inheritScope === 'yes',
            },
            props.send,
          )
        : submission(updateUserRequestSchema, details, props.send);
    },
    required: () => (mode === 'add' ? ['inheritScope'] : []),
    onSaved,
  });
  const { form } = schemaForm;
  const { limited, inheritScope } = form.values;

  return (
    <FormFrame schemaForm={schemaForm} submitLabel={submitLabel} onCancel={onCancel}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('users.form.firstName')}
          required
          autoComplete="off"
          {...form.getInputProps('firstName')}
        />
        <TextInput
          label={t('users.form.lastName')}
          required
          autoComplete="off"
          {...form.getInputProps('lastName')}
        />
      </SimpleGrid>
      <Radio.Group label={t('users.form.gender')} required {...form.getInputProps('gender')}>
        <Group mt={4}>
          {userGenders.map((entry) => (
            <Radio key={entry} value={entry} label={t(genderLabels[entry])} />
          ))}
        </Group>
      </Radio.Group>
      <TextInput
        label={t('users.form.email')}
        type="email"
        required
        autoComplete="off"
        {...form.getInputProps('email')}
      />
      {mode === 'add' && (
        <NativeSelect
          label={t('users.form.role')}
          required
          data={[
            { value: '', label: t('users.form.chooseRole'), disabled: true },
            ...employerRoles.map((entry) => ({ value: entry, label: roleLabel(t, entry) })),
          ]}
          {...form.getInputProps('role')}
        />
      )}
      <TextInput
        label={t('users.form.loginMethod')}
        value={t('users.form.loginMethodPassword')}
        readOnly
        disabled
      />
      <TextInput
        label={t('users.form.loginName')}
        description={t('users.form.loginNameHint')}
        required
        autoComplete="off"
        {...form.getInputProps('loginName')}
      />
      <Checkbox
        label={t('users.form.validityPeriod')}
        description={t('users.form.validityPeriodHint')}
        {...form.getInputProps('limited', { type: 'checkbox' })}
      />
      {limited && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t('users.form.validFrom')}
            {...form.getInputProps('validFrom')}
          />
          <TextInput
            type="date"
            label={t('users.form.validUntil')}
            {...form.getInputProps('validUntil')}
          />
        </SimpleGrid>
      )}
      <Checkbox
        label={t('users.form.twoFactor')}
        description={t('users.form.twoFactorHint')}
        checked
        disabled
        readOnly
      />
      {mode === 'add' && (
        <Radio.Group
          label={t('users.form.inheritScope')}
          description={t('users.form.inheritScopeHint')}
          required
          {...form.getInputProps('inheritScope')}
        >
          <Stack gap="xs" mt={6}>
            <Radio value="yes" label={t('users.form.inheritScopeYes')} />
            <Radio value="no" label={t('users.form.inheritScopeNo')} />
          </Stack>
        </Radio.Group>
      )}
      {mode === 'add' && inheritScope === 'no' && (
        <Alert color="orange" variant="light" role="note">
          {t('users.form.inheritScopeNoWarning')}
        </Alert>
      )}
    </FormFrame>
  );
}
