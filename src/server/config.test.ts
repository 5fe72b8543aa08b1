import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, publicConfig } from './config';

const folder = () => mkdtempSync(join(tmpdir(), 'ipm-config-'));

describe('loadConfig', () => {
  it('defaults to SQLite under ./data on port 8080', () => {
    const cwd = folder();
    const config = loadConfig({}, cwd);
    expect(config.port).toBe(8080);
    expect(config.db).toEqual({ kind: 'sqlite', file: join(cwd, 'data', 'intake.db') });
    // No name configured: the app shows a generic name in the patient's language.
    expect(config.clinic.clinicName).toBeUndefined();
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/d' }, folder()).db).toEqual({
      kind: 'postgres',
      url: 'postgres://u@h:5432/d',
    });
  });

  it('reads PUBLIC_URL without its trailing slash, and refuses one with a query or credentials', () => {
    expect(
      loadConfig({ PUBLIC_URL: 'https://selfcheck.example-clinic.com/' }, folder()).publicUrl,
    ).toBe('https://selfcheck.example-clinic.com');
    expect(loadConfig({}, folder()).publicUrl).toBeUndefined();
    for (const bad of [
      'selfcheck.example-clinic.com',
      'https://a.example/?x=1',
      'https://u:p@a.example',
      'ftp://a.example',
    ])
      expect(() => loadConfig({ PUBLIC_URL: bad }, folder()), bad).toThrow(/PUBLIC_URL/);
  });

  it('trusts a number of proxies or their addresses, never every hop', () => {
    expect(loadConfig({ TRUST_PROXY: '1' }, folder()).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }, folder()).trustProxy).toBe(
      '10.0.0.0/8, 127.0.0.1',
    );
    expect(loadConfig({}, folder()).trustProxy).toBe(false);
    expect(() => loadConfig({ TRUST_PROXY: 'true' }, folder())).toThrow(/TRUST_PROXY.*not true/);
  });

  it('asks administrators for a second factor unless STAFF_MFA says otherwise, and names a wrong value', () => {
    expect(loadConfig({}, folder()).staffMfa).toBe('admins');
    for (const policy of ['required', 'admins', 'optional'] as const)
      expect(loadConfig({ STAFF_MFA: policy }, folder()).staffMfa).toBe(policy);
    expect(() => loadConfig({ STAFF_MFA: 'yes' }, folder())).toThrow(
      /STAFF_MFA: must be required \(every account\), admins \(administrators\) or optional/,
    );
  });

  it('configures e-mail and webhook notifications only from complete, valid settings', () => {
    const secret = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;
    const full = {
      SMTP_URL: 'smtps://intake%40clinic.example:s3cret@mail.clinic.example:465',
      NOTIFY_EMAIL_TO: 'front-desk@clinic.example, dr.lee@clinic.example',
      NOTIFY_EMAIL_FROM: 'Intake <intake@clinic.example>',
      WEBHOOK_URL: 'https://crm.clinic.example/hooks/intake',
      WEBHOOK_SECRET: secret,
    };
    expect(loadConfig(full, folder()).notify).toEqual({
      email: {
        smtpUrl: full.SMTP_URL,
        to: ['front-desk@clinic.example', 'dr.lee@clinic.example'],
        from: 'Intake <intake@clinic.example>',
      },
      webhook: { url: full.WEBHOOK_URL, secret },
    });
    // None set, or set empty: no notifications.
    expect(loadConfig({}, folder()).notify).toEqual({});
    expect(loadConfig({ SMTP_URL: '', WEBHOOK_SECRET: '' }, folder()).notify).toEqual({});

    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env, folder());
      } catch (error) {
        if (error instanceof ConfigError) return error.message;
        throw error;
      }
      return '';
    };
    // Half a channel is a mistake, said with what is missing.
    expect(problems({ SMTP_URL: full.SMTP_URL })).toMatch(
      /set all of them for e-mail notifications, or none \(missing: NOTIFY_EMAIL_TO, NOTIFY_EMAIL_FROM\)/,
    );
    expect(problems({ WEBHOOK_URL: full.WEBHOOK_URL })).toMatch(
      /for webhooks, or none \(missing: WEBHOOK_SECRET\)/,
    );
    const wrong = problems({
      SMTP_URL: 'https://mail.clinic.example',
      NOTIFY_EMAIL_TO: 'front-desk@clinic.example, not an address',
      NOTIFY_EMAIL_FROM: 'Intake',
      WEBHOOK_URL: 'crm.clinic.example/hooks',
      WEBHOOK_SECRET: 'not-a-secret',
    });
    expect(wrong).toMatch(/SMTP_URL: must be smtp:\/\/user:password@/);
    expect(wrong).toMatch(/NOTIFY_EMAIL_TO: must be one or more email addresses/);
    expect(wrong).toMatch(/NOTIFY_EMAIL_FROM: must be an email address/);
    expect(wrong).toMatch(/WEBHOOK_URL: must be the http:\/\/ or https:\/\/ address/);
    expect(wrong).toMatch(/WEBHOOK_SECRET: must be whsec_ followed by the base64 of 24 to 64/);
    // fetch would refuse every delivery to an address with credentials in it: refused at start.
    expect(
      problems({ ...full, WEBHOOK_URL: 'https://user:hunter2@crm.clinic.example/hooks' }),
    ).toMatch(/WEBHOOK_URL: must be .* without a user and password/);
    // A secret never appears in the message, right or wrong.
    expect(problems({ ...full, WEBHOOK_SECRET: `${secret}!` })).not.toContain(secret);
    // Too short a key, or not base64.
    for (const bad of [
      `whsec_${Buffer.alloc(8).toString('base64')}`,
      'whsec_@@@@',
      secret.slice(6),
    ])
      expect(problems({ ...full, WEBHOOK_SECRET: bad }), bad).toMatch(/WEBHOOK_SECRET/);
  });

  it('keeps every intake unless RETENTION_DAYS is a whole number of days, and says so otherwise', () => {
    expect(loadConfig({}, folder()).retentionDays).toBeUndefined();
    expect(loadConfig({ RETENTION_DAYS: '' }, folder()).retentionDays).toBeUndefined();
    expect(loadConfig({ RETENTION_DAYS: '365' }, folder()).retentionDays).toBe(365);
    for (const bad of ['0', '-30', '30.5', '30d', 'a year', '1e3', '030', '100000'])
      expect(() => loadConfig({ RETENTION_DAYS: bad }, folder()), bad).toThrow(
        /RETENTION_DAYS: must be a whole number of days from 1 to 99999/,
      );
  });

  it('names every wrong field, in the environment and the clinic file alike', () => {
    const cwd = folder();
    writeFileSync(
      join(cwd, 'clinic.config.json'),
      JSON.stringify({ brandColor: 'teal', embedOrigins: ['https://x.example/path'], colour: 1 }),
    );
    const error = (() => {
      try {
        loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' }, cwd);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/PORT/);
    expect(problems).toMatch(/DATABASE_URL: must start with postgres/);
    expect(problems).toMatch(/brandColor: must be a colour like #0b5c6b/);
    expect(problems).toMatch(/embedOrigins\.0: must be an origin/);
    expect(problems).toMatch(/colour/);
  });

  it('says when the clinic file is not JSON, or missing where named', () => {
    const cwd = folder();
    writeFileSync(join(cwd, 'clinic.config.json'), '{ nope');
    expect(() => loadConfig({}, cwd)).toThrow(/not valid JSON/);
    expect(() => loadConfig({ CLINIC_CONFIG: 'missing.json' }, folder())).toThrow(/does not exist/);
  });

  it('reads opening hours in each language, and serves them in the public configuration', () => {
    const cwd = folder();
    const hours = {
      en: 'Monday to Friday, 8 am to 5 pm',
      es: 'De lunes a viernes, de 8 a. m. a 5 p. m.',
    };
    writeFileSync(join(cwd, 'clinic.config.json'), JSON.stringify({ hours }));
    const config = loadConfig({}, cwd);
    expect(config.clinic.hours).toEqual(hours);
    expect(publicConfig(config.clinic).hours).toEqual(hours);
    // One language alone is fine; none at all leaves hours out.
    writeFileSync(join(cwd, 'clinic.config.json'), JSON.stringify({ hours: { es: hours.es } }));
    expect(publicConfig(loadConfig({}, cwd).clinic).hours).toEqual({ es: hours.es });
    writeFileSync(join(cwd, 'clinic.config.json'), JSON.stringify({}));
    expect(publicConfig(loadConfig({}, cwd).clinic)).not.toHaveProperty('hours');
  });

  it('names wrong opening hours: another language, not text, or too long', () => {
    const problemsWith = (hours: unknown) => {
      const cwd = folder();
      writeFileSync(join(cwd, 'clinic.config.json'), JSON.stringify({ hours }));
      try {
        loadConfig({}, cwd);
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as ConfigError).problems.join('\n');
      }
      return '';
    };
    expect(problemsWith({ fr: 'Lundi au vendredi' })).toMatch(/hours.*fr/);
    expect(problemsWith({ en: 9 })).toMatch(/hours\.en/);
    expect(problemsWith({ en: 'x'.repeat(201) })).toMatch(/hours\.en/);
    expect(problemsWith('9 to 5')).toMatch(/hours/);
  });
});
