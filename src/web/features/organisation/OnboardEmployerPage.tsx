import { Alert, Button, Group, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  onboardEmployerRequestSchema,
  type OnboardEmployerResponse,
} from '../../../contracts/onboarding.js';
import type { UserGender } from '../../../contracts/users.js';
import { Page } from '../../components/Page.js';
import { useSchemaForm } from '../../components/SchemaForm.js';
import { errorMessage } from '../../lib/api.js';
import { submission } from '../../lib/schema-errors.js';
import {
  DepartmentsStep,
  EmployerStep,
  type OnboardingValues,
  ReviewStep,
  SuperUserStep,
} from './OnboardingSteps.js';
import { useOnboardEmployerMutation } from './organisation.api.js';

const initialValues: OnboardingValues = {
  employer: {
    name: '',
    kvkNumber: '',
    hrIntegrationMode: 'none',
    contactName: '',
    contactEmail: '',
    fullTimeHoursPerWeek: 40,
    absenceInsurer: '',
  },
  departments: [{ name: '', parent: '' }],
  superUser: {
    firstName: '',
    lastName: '',
    gender: '',
    email: '',
    loginName: '',
    role: 'super_user',
    locale: 'nl',
  },
};

/** The form fields of each step before the review, by the start of their paths. */
const stepFields = ['employer.', 'departments', 'superUser.'] as const;
const reviewStep = stepFields.length;

/** The first step that holds one of these field errors; the review when none does. */
function firstStepWithError(errors: Record<string, unknown>): number {
  const index = stepFields.findIndex((prefix) =>
    Object.keys(errors).some((path) => path.startsWith(prefix)),
  );
  return index === -1 ? reviewStep : index;
}

/**
 * Werkgever aansluiten (operator admin): employer and settings, first departments, first super
 * user, review; one request records it all, then the confirmation. Each step is checked against
 * the contract before the next; a refusal of the server brings back the step of its field.
 */
export function OnboardEmployerPage() {
  const { t } = useTranslation();
  const onboard = useOnboardEmployerMutation();
  const [active, setActive] = useState(0);
  const [done, setDone] = useState<OnboardEmployerResponse | null>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  /** Whether the user moved between steps: the first step's focus stays where the page put it. */
  const [moved, setMoved] = useState(false);

  const schemaForm = useSchemaForm({
    initialValues,
    submission: (values) =>
      submission(
        onboardEmployerRequestSchema,
        {
          employer: {
            ...values.employer,
            fullTimeHoursPerWeek: Number(values.employer.fullTimeHoursPerWeek),
          },
          departments: values.departments.map((department) => ({
            name: department.name,
            parent: department.parent === '' ? null : Number(department.parent),
          })),
          // An empty choice fails the schema and shows as "required".
          superUser: { ...values.superUser, gender: values.superUser.gender as UserGender },
        },
        async (body) => setDone(await onboard.mutateAsync(body)),
      ),
    required: () => ['employer.name', 'employer.kvkNumber', 'employer.fullTimeHoursPerWeek'],
  });
  const { form, failure } = schemaForm;

  // A refusal on the review (the server's, e.g. a name in use) goes back to its field's step,
  // once, when the errors arrive (state adjusted while rendering, not in an effect).
  const [errorsSeen, setErrorsSeen] = useState(form.errors);
  if (form.errors !== errorsSeen) {
    setErrorsSeen(form.errors);
    const errorStep = firstStepWithError(form.errors);
    if (active === reviewStep && errorStep < reviewStep) {
      setMoved(true);
      setActive(errorStep);
    }
  }

  // The focus follows the step: to its heading, or to its first field in error.
  useEffect(() => {
    if (!moved) return;
    const invalid = document.querySelector<HTMLElement>('form [aria-invalid="true"]');
    (invalid ?? stepHeading.current)?.focus();
  }, [active, moved]);

  function go(step: number) {
    setMoved(true);
    setActive(step);
  }

  /** Checks the fields of this step only; the next step opens when they are right. */
  function next() {
    const prefix = stepFields[active];
    if (prefix === undefined) return;
    const { errors } = form.validate();
    const stepErrors = Object.fromEntries(
      Object.entries(errors).filter(([path]) => path.startsWith(prefix)),
    );
    form.setErrors(stepErrors);
    if (Object.keys(stepErrors).length === 0) {
      go(active + 1);
      return;
    }
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>('form [aria-invalid="true"]')?.focus(),
    );
  }

  if (done) {
    return (
      <Page title={t('onboarding.title')}>
        <Paper withBorder radius="md" p="lg">
          <Stack role="status">
            <Group gap="xs">
              <IconCircleCheck color="var(--mantine-color-teal-7)" aria-hidden />
              <Title order={2} size="h3">
                {t('onboarding.done.title', { name: done.employer.name })}
              </Title>
            </Group>
            {done.invitationSent ? (
              <Text>{t('onboarding.done.invited', { email: done.superUser.email })}</Text>
            ) : (
              <Alert color="orange" variant="light">
                {t('onboarding.done.notInvited', { email: done.superUser.email })}
              </Alert>
            )}
            <Text>{t('onboarding.done.agreement')}</Text>
            <Group>
              <Button component={Link} to="/werkgevers">
                {t('onboarding.done.toEmployers')}
              </Button>
              <Button
                variant="default"
                onClick={() => {
                  form.setValues(initialValues);
                  form.resetDirty();
                  setDone(null);
                  go(0);
                }}
              >
                {t('onboarding.done.another')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      </Page>
    );
  }

  const steps = [
    {
      label: t('onboarding.steps.employer'),
      description: t('onboarding.steps.employerDescription'),
    },
    {
      label: t('onboarding.steps.departments'),
      description: t('onboarding.steps.departmentsDescription'),
    },
    {
      label: t('onboarding.steps.superUser'),
      description: t('onboarding.steps.superUserDescription'),
    },
    { label: t('onboarding.steps.review'), description: t('onboarding.steps.reviewDescription') },
  ];
  const current = steps[active] ?? steps[0];

  return (
    <Page title={t('onboarding.title')} description={t('onboarding.intro')}>
      <Group>
        <Button component={Link} to="/werkgevers" variant="subtle" px={0}>
          {t('onboarding.back')}
        </Button>
      </Group>
      <Stepper active={active} onStepClick={go} allowNextStepsSelect={false} size="sm">
        {steps.map((step) => (
          <Stepper.Step key={step.label} label={step.label} description={step.description} />
        ))}
      </Stepper>
      <Paper withBorder radius="md" p="lg">
        <form
          noValidate
          aria-labelledby="onboarding-step"
          onSubmit={(event) => {
            if (active < reviewStep) {
              event.preventDefault();
              next();
              return;
            }
            schemaForm.onSubmit(event);
          }}
        >
          <Stack>
            <Title order={2} size="h3" id="onboarding-step" ref={stepHeading} tabIndex={-1}>
              {current?.label}
            </Title>
            {active === 0 && <EmployerStep form={form} />}
            {active === 1 && <DepartmentsStep form={form} />}
            {active === 2 && <SuperUserStep form={form} />}
            {active === reviewStep && <ReviewStep values={form.values} onEdit={go} />}
            {failure != null && (
              <Alert color="red" variant="light" role="alert">
                {errorMessage(failure)}
              </Alert>
            )}
            <Group justify="space-between">
              <Button
                variant="default"
                disabled={active === 0 || form.submitting}
                onClick={() => go(active - 1)}
              >
                {t('onboarding.previous')}
              </Button>
              <Button type="submit" loading={form.submitting}>
                {active === reviewStep ? t('onboarding.submit') : t('onboarding.next')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Page>
  );
}
