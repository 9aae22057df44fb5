import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type EmployerRole, employerRoles } from '../../../contracts/permissions.js';
import {
  type CreateUserRequest,
  type UserDetail,
  type UserGender,
  userGenders,
} from '../../../contracts/users.js';
import { errorMessage } from '../../lib/api.js';
import { type FormErrors, serverFieldErrors, useFormMessages } from '../../lib/forms.js';
import { genderLabels, roleLabel } from './users.labels.js';

const fields = [
  'firstName',
  'lastName',
  'gender',
  'email',
  'role',
  'loginName',
  'validFrom',
  'validUntil',
] as const;
type Field = (typeof fields)[number];

export type UserFormValues = Omit<CreateUserRequest, 'role' | 'inheritScope'> & {
  role?: EmployerRole;
  inheritScope?: boolean;
};

export interface UserFormProps {
  /** Adding asks for the role and autorisatie-overname too; editing has those on Autorisaties. */
  mode: 'add' | 'edit';
  initial?: UserDetail;
  pending: boolean;
  /** The error of the last submit: field errors appear at their field, others above the button. */
  error: unknown;
  submitLabel: string;
  onSubmit: (values: UserFormValues) => void;
  onCancel?: () => void;
}

/**
 * The account's details as the manual's form asks them: names, gender, e-mail, role (adding),
 * login method and login name, an optional validity period, 2FA (always on) and, when adding,
 * autorisatie-overname.
 */
export function UserForm({
  mode,
  initial,
  pending,
  error,
  submitLabel,
  onSubmit,
  onCancel,
}: UserFormProps) {
  const { t } = useTranslation();
  const message = useFormMessages();
  const [firstName, setFirstName] = useState(initial?.firstName ?? '');
  const [lastName, setLastName] = useState(initial?.lastName ?? '');
  const [gender, setGender] = useState<UserGender | ''>(initial?.gender ?? '');
  const [email, setEmail] = useState(initial?.email ?? '');
  const [role, setRole] = useState<EmployerRole | ''>('');
  const [loginName, setLoginName] = useState(initial?.loginName ?? '');
  const [limited, setLimited] = useState(
    initial !== undefined && (initial.validFrom !== null || initial.validUntil !== null),
  );
  const [validFrom, setValidFrom] = useState(initial?.validFrom ?? '');
  const [validUntil, setValidUntil] = useState(initial?.validUntil ?? '');
  const [inheritScope, setInheritScope] = useState<'yes' | 'no' | ''>('');
  const [localErrors, setLocalErrors] = useState<FormErrors<Field | 'inheritScope'>>({});

  const serverErrors = serverFieldErrors(error, fields);
  const errorOf = (field: Field | 'inheritScope') =>
    message(localErrors[field] ?? (field === 'inheritScope' ? undefined : serverErrors[field]));
  const hasFieldErrors = Object.keys(serverErrors).length > 0;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const required = { key: 'errors.field.required' } as const;
    const missing: FormErrors<Field | 'inheritScope'> = {};
    if (firstName.trim() === '') missing.firstName = required;
    if (lastName.trim() === '') missing.lastName = required;
    if (gender === '') missing.gender = required;
    if (email.trim() === '') missing.email = required;
    if (loginName.trim() === '') missing.loginName = required;
    if (mode === 'add' && role === '') missing.role = required;
    if (mode === 'add' && inheritScope === '') missing.inheritScope = required;
    setLocalErrors(missing);
    if (Object.keys(missing).length > 0 || gender === '') return;
    onSubmit({
      firstName: firstName.trim(),
      lastName: lastName.trim(),
      gender,
      email: email.trim(),
      loginName: loginName.trim(),
      validFrom: limited && validFrom !== '' ? validFrom : null,
      validUntil: limited && validUntil !== '' ? validUntil : null,
      ...(mode === 'add' && role !== '' ? { role } : {}),
      ...(mode === 'add' ? { inheritScope: inheritScope === 'yes' } : {}),
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('users.form.firstName')}
            required
            value={firstName}
            onChange={(event) => setFirstName(event.currentTarget.value)}
            error={errorOf('firstName')}
            autoComplete="off"
          />
          <TextInput
            label={t('users.form.lastName')}
            required
            value={lastName}
            onChange={(event) => setLastName(event.currentTarget.value)}
            error={errorOf('lastName')}
            autoComplete="off"
          />
        </SimpleGrid>
        <Radio.Group
          label={t('users.form.gender')}
          required
          value={gender}
          onChange={(value) => setGender(value as UserGender)}
          error={errorOf('gender')}
        >
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
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={errorOf('email')}
          autoComplete="off"
        />
        {mode === 'add' && (
          <NativeSelect
            label={t('users.form.role')}
            required
            value={role}
            onChange={(event) => setRole(event.currentTarget.value as EmployerRole)}
            error={errorOf('role')}
            data={[
              { value: '', label: t('users.form.chooseRole'), disabled: true },
              ...employerRoles.map((entry) => ({ value: entry, label: roleLabel(t, entry) })),
            ]}
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
          value={loginName}
          onChange={(event) => setLoginName(event.currentTarget.value)}
          error={errorOf('loginName')}
          autoComplete="off"
        />
        <Checkbox
          label={t('users.form.validityPeriod')}
          description={t('users.form.validityPeriodHint')}
          checked={limited}
          onChange={(event) => setLimited(event.currentTarget.checked)}
        />
        {limited && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="date"
              label={t('users.form.validFrom')}
              value={validFrom}
              onChange={(event) => setValidFrom(event.currentTarget.value)}
              error={errorOf('validFrom')}
            />
            <TextInput
              type="date"
              label={t('users.form.validUntil')}
              value={validUntil}
              onChange={(event) => setValidUntil(event.currentTarget.value)}
              error={errorOf('validUntil')}
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
            value={inheritScope}
            onChange={(value) => setInheritScope(value as 'yes' | 'no')}
            error={errorOf('inheritScope')}
          >
            <Stack gap="xs" mt={6}>
              <Radio value="yes" label={t('users.form.inheritScopeYes')} />
              <Radio value="no" label={t('users.form.inheritScopeNo')} />
            </Stack>
          </Radio.Group>
        )}
        {mode === 'add' && inheritScope === 'no' && (
          <Text size="sm" c="orange.8" role="note">
            {t('users.form.inheritScopeNoWarning')}
          </Text>
        )}
        {error !== null && error !== undefined && !hasFieldErrors && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
            {errorMessage(error)}
          </Alert>
        )}
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('users.form.cancel')}
            </Button>
          )}
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
