import {
  Alert,
  Anchor,
  Button,
  Code,
  Group,
  Radio,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { startRegistration } from '@simplewebauthn/browser';
import { QRCodeSVG } from 'qrcode.react';
import { IconAlertCircle } from '@tabler/icons-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnrolmentResult } from '../../../contracts/factors.js';
import { errorMessage } from '../../lib/api.js';
import { BackupCodesDisplay } from './BackupCodesDisplay.js';
import {
  useConfirmSmsMutation,
  useConfirmTotpMutation,
  useRegisterKeyMutation,
  useStartSmsMutation,
  useStartTotpMutation,
  useWebAuthnOptionsMutation,
} from './factors.api.js';

export type Method = 'totp' | 'sms' | 'webauthn';

export interface FactorEnrolmentProps {
  /** Called when the factor is added (and any new backup codes were confirmed as saved). */
  onDone: () => void;
  /** Offers a way back when enrolment is optional (security settings, not first login). */
  onCancel?: () => void;
  /** Goes straight to this method (Instellingen: changing the mobile number); back cancels. */
  only?: Method;
}

/**
 * Adds a second factor: an authenticator app, a mobile number or a security key. The factor
 * counts only after it has proven itself (a code from the app or SMS, a key's attestation).
 */
export function FactorEnrolment({ onDone, onCancel, only }: FactorEnrolmentProps) {
  const { t } = useTranslation();
  const [method, setMethod] = useState<Method | null>(only ?? null);
  const [choice, setChoice] = useState<Method>('totp');
  const [backupCodes, setBackupCodes] = useState<string[] | null>(null);

  const finished = (result: EnrolmentResult) => {
    if (result.backupCodes) setBackupCodes(result.backupCodes);
    else onDone();
  };

  if (backupCodes) return <BackupCodesDisplay codes={backupCodes} onSaved={onDone} />;

  const back = () => (only && onCancel ? onCancel() : setMethod(null));
  if (method === 'totp') return <TotpEnrolment onBack={back} onEnrolled={finished} />;
  if (method === 'sms') return <SmsEnrolment onBack={back} onEnrolled={finished} />;
  if (method === 'webauthn') return <KeyEnrolment onBack={back} onEnrolled={finished} />;

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        setMethod(choice);
      }}
    >
      <Stack gap="md">
        <Title order={2} size="h3">
          {t('factors.enrol.title')}
        </Title>
        <Radio.Group
          label={t('factors.enrol.choose')}
          value={choice}
          onChange={(value) => setChoice(value as Method)}
        >
          <Stack gap="sm" mt="xs">
            <Radio
              value="totp"
              label={t('factors.kinds.totp')}
              description={t('factors.enrol.totpDescription')}
            />
            <Radio
              value="webauthn"
              label={t('factors.kinds.webauthn')}
              description={t('factors.enrol.webauthnDescription')}
            />
            <Radio
              value="sms"
              label={t('factors.kinds.sms')}
              description={t('factors.enrol.smsDescription')}
            />
          </Stack>
        </Radio.Group>
        <Group>
          <Button type="submit">{t('factors.login.continue')}</Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('factors.settings.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

interface StepProps {
  onBack: () => void;
  onEnrolled: (result: EnrolmentResult) => void;
}

function ErrorAlert({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
      {errorMessage(error)}
    </Alert>
  );
}

function CodeForm({
  onSubmit,
  pending,
  error,
  onBack,
}: {
  onSubmit: (code: string) => void;
  pending: boolean;
  error: unknown;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(code.replace(/\s/g, ''));
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <ErrorAlert error={error} />
        <TextInput
          label={t('factors.enrol.code')}
          description={t('auth.secondFactor.codeDescription')}
          autoComplete="one-time-code"
          inputMode="numeric"
          maxLength={7}
          required
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
          autoFocus
        />
        <Group>
          <Button type="submit" loading={pending}>
            {t('factors.enrol.confirm')}
          </Button>
          <Button variant="subtle" onClick={onBack}>
            {t('factors.enrol.back')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function TotpEnrolment({ onBack, onEnrolled }: StepProps) {
  const { t } = useTranslation();
  const start = useStartTotpMutation();
  const confirm = useConfirmTotpMutation();
  // One secret per visit of this step, also under StrictMode's double effects.
  const requested = useRef(false);
  const { mutate } = start;
  useEffect(() => {
    if (requested.current) return;
    requested.current = true;
    mutate();
  }, [mutate]);
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('factors.kinds.totp')}
      </Title>
      <ErrorAlert error={start.error} />
      {start.isPending && <Text c="dimmed">{t('common.loading')}</Text>}
      {start.data && (
        <>
          <Text>{t('factors.enrol.totpInstructions')}</Text>
          {/* Scanned by the app on the phone; the secret below is the fallback to type over. */}
          <QRCodeSVG
            value={start.data.uri}
            size={192}
            marginSize={4}
            role="img"
            aria-label={t('factors.enrol.totpQrCode')}
            title={t('factors.enrol.totpQrCode')}
            data-testid="totp-qr"
            style={{ background: 'white' }}
          />
          <Stack gap={4}>
            <Text fw={500} id="totp-secret-label">
              {t('factors.enrol.totpSecret')}
            </Text>
            <Code block aria-labelledby="totp-secret-label" data-testid="totp-secret">
              {start.data.secret.match(/.{1,4}/g)?.join(' ')}
            </Code>
            <Anchor href={start.data.uri}>{t('factors.enrol.totpOpenLink')}</Anchor>
          </Stack>
          <CodeForm
            onSubmit={(code) => confirm.mutate(code, { onSuccess: onEnrolled })}
            pending={confirm.isPending}
            error={confirm.error}
            onBack={onBack}
          />
        </>
      )}
    </Stack>
  );
}

function SmsEnrolment({ onBack, onEnrolled }: StepProps) {
  const { t } = useTranslation();
  const start = useStartSmsMutation();
  const confirm = useConfirmSmsMutation();
  const [phone, setPhone] = useState('');
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('factors.kinds.sms')}
      </Title>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          start.mutate(phone.trim());
        }}
      >
        <Stack gap="sm">
          <ErrorAlert error={start.error} />
          <TextInput
            label={t('factors.enrol.phone')}
            description={t('factors.enrol.phoneDescription')}
            type="tel"
            autoComplete="tel"
            required
            value={phone}
            onChange={(event) => setPhone(event.currentTarget.value)}
            autoFocus
          />
          <Group>
            <Button
              type="submit"
              loading={start.isPending}
              variant={start.data ? 'default' : 'filled'}
            >
              {start.data ? t('factors.login.smsResend') : t('factors.enrol.phoneSend')}
            </Button>
            {!start.data && (
              <Button variant="subtle" onClick={onBack}>
                {t('factors.enrol.back')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
      {start.data && (
        <>
          <Text role="status">
            {t('factors.enrol.phoneSent', { phone: start.data.maskedPhone })}
          </Text>
          <CodeForm
            onSubmit={(code) => confirm.mutate(code, { onSuccess: onEnrolled })}
            pending={confirm.isPending}
            error={confirm.error}
            onBack={onBack}
          />
        </>
      )}
    </Stack>
  );
}

function KeyEnrolment({ onBack, onEnrolled }: StepProps) {
  const { t } = useTranslation();
  const options = useWebAuthnOptionsMutation();
  const register = useRegisterKeyMutation();
  const [label, setLabel] = useState('');
  const [browserFailed, setBrowserFailed] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBrowserFailed(false);
    let optionsJSON: Record<string, unknown>;
    try {
      ({ options: optionsJSON } = await options.mutateAsync());
    } catch {
      return; // shown from options.error
    }
    let response: Record<string, unknown>;
    try {
      response = (await startRegistration({
        optionsJSON: optionsJSON as unknown as Parameters<
          typeof startRegistration
        >[0]['optionsJSON'],
      })) as unknown as Record<string, unknown>;
    } catch {
      setBrowserFailed(true);
      return;
    }
    register.mutate(
      { response, ...(label.trim() === '' ? {} : { label: label.trim() }) },
      { onSuccess: onEnrolled },
    );
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <Title order={2} size="h3">
          {t('factors.kinds.webauthn')}
        </Title>
        <Text>{t('factors.login.webauthnIntro')}</Text>
        {browserFailed && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
            {t('factors.enrol.keyFailed')}
          </Alert>
        )}
        <ErrorAlert error={options.error ?? register.error} />
        <TextInput
          label={t('factors.enrol.keyLabel')}
          description={t('factors.enrol.keyLabelDescription')}
          maxLength={60}
          value={label}
          onChange={(event) => setLabel(event.currentTarget.value)}
        />
        <Group>
          <Button type="submit" loading={options.isPending || register.isPending}>
            {t('factors.enrol.keyRegister')}
          </Button>
          <Button variant="subtle" onClick={onBack}>
            {t('factors.enrol.back')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
