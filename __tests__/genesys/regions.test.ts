import { describe, expect, test } from '@jest/globals';
import { UserError } from '../../src/errors.js';
import {
  CUSTOM_REGION,
  EndpointError,
  isGenesysEnv,
  isLoopbackHost,
  parseRegion,
  REGIONS,
  resolveEndpoints,
  validateBaseUrl,
} from '../../src/genesys/regions.js';

const TABLE: [string, string, string][] = [
  ['us_east_1', 'us-east-1', 'mypurecloud.com'],
  ['us_east_2', 'us-east-2', 'use2.us-gov-pure.cloud'],
  ['us_west_2', 'us-west-2', 'usw2.pure.cloud'],
  ['ca_central_1', 'ca-central-1', 'cac1.pure.cloud'],
  ['sa_east_1', 'sa-east-1', 'sae1.pure.cloud'],
  ['mx_central_1', 'mx-central-1', 'mxc1.pure.cloud'],
  ['eu_west_1', 'eu-west-1', 'mypurecloud.ie'],
  ['eu_west_2', 'eu-west-2', 'euw2.pure.cloud'],
  ['eu_central_1', 'eu-central-1', 'mypurecloud.de'],
  ['eu_central_2', 'eu-central-2', 'euc2.pure.cloud'],
  ['me_central_1', 'me-central-1', 'mec1.pure.cloud'],
  ['eusc_de_east_1', 'eusc-de-east-1', 'edee1.eusc-pure.cloud'],
  ['ap_south_1', 'ap-south-1', 'aps1.pure.cloud'],
  ['ap_northeast_1', 'ap-northeast-1', 'mypurecloud.jp'],
  ['ap_northeast_2', 'ap-northeast-2', 'apne2.pure.cloud'],
  ['ap_northeast_3', 'ap-northeast-3', 'apne3.pure.cloud'],
  ['ap_southeast_1', 'ap-southeast-1', 'apse1.pure.cloud'],
  ['ap_southeast_2', 'ap-southeast-2', 'mypurecloud.com.au'],
];

describe('parseRegion', () => {
  test('the table has every Genesys Cloud environment', () => {
    expect(REGIONS.map((r) => [r.sdkKey, r.awsKey, r.env])).toEqual(TABLE);
  });

  test.each(TABLE)('%s / %s / %s all name the same environment', (sdk, aws, env) => {
    for (const input of [
      sdk,
      aws,
      env,
      sdk.toUpperCase(),
      aws.toUpperCase(),
      env.toUpperCase(),
      ` ${aws} `,
      `https://api.${env}`,
      `https://api.${env}/`,
      `HTTPS://API.${env.toUpperCase()}`,
      `api.${env}`,
      `https://login.${env}`,
      `https://apps.${env}`,
      `${env}.`,
    ]) {
      expect(parseRegion(input)).toBe(env);
    }
  });

  test.each(TABLE)('resolveEndpoints derives the hosts of %s', (sdk, _aws, env) => {
    expect(resolveEndpoints({ region: sdk })).toEqual({
      region: env,
      apiBaseUrl: `https://api.${env}`,
      loginBaseUrl: `https://login.${env}`,
    });
  });

  test('new, well-formed Genesys domains are accepted', () => {
    for (const d of [
      'xyz9.pure.cloud',
      'abc1.eu-gov-pure.cloud',
      'mypurecloud.fr',
      'mypurecloud.co.uk',
      'a.b.pure.cloud',
    ]) {
      expect(parseRegion(d)).toBe(d);
      expect(isGenesysEnv(d)).toBe(true);
    }
    expect(parseRegion('https://api.new1.pure.cloud')).toBe('new1.pure.cloud');
  });

  test.each([
    [''],
    ['   '],
    ['eu-west-9'],
    ['eu_west_9'],
    ['europe'],
    ['example.com'],
    ['pure.cloud'],
    ['evilpure.cloud'],
    ['pure.cloud.evil.com'],
    ['mypurecloud.ie.evil.com'],
    ['x.mypurecloud.com'],
    ['mypurecloud'],
    ['https://api.example.com'],
    ['http://api.mypurecloud.ie'],
    ['https://api.mypurecloud.ie/api/v2'],
    ['https://api.mypurecloud.ie:8443'],
    ['https://user:pw@api.mypurecloud.ie'],
    ['https://api.mypurecloud.ie?x=1'],
    ['https://api.mypurecloud.ie#x'],
    ['ftp://api.mypurecloud.ie'],
    ['-bad.pure.cloud'],
    ['a..pure.cloud'],
  ])('refuses %j with examples', (input) => {
    let caught: unknown;
    try {
      parseRegion(input);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(EndpointError);
    expect(caught).toBeInstanceOf(UserError);
    expect((caught as Error).message).toMatch(/mypurecloud\.ie.*eu-west-1.*eu_west_1.*https:\/\/api\./);
  });
});

describe('base URLs', () => {
  test('loopback hosts', () => {
    for (const h of ['127.0.0.1', '127.1.2.3', 'localhost', 'LOCALHOST', '[::1]', '::1', '[::ffff:7f00:1]']) {
      expect(isLoopbackHost(h)).toBe(true);
    }
    for (const h of [
      '128.0.0.1',
      '10.0.0.1',
      'localhost.example.com',
      'audit.invalid',
      '[::2]',
      '0.0.0.0',
      '1127.0.0.1',
    ]) {
      expect(isLoopbackHost(h)).toBe(false);
    }
  });

  test('http is allowed to loopback only, and refused without any lookup', () => {
    expect(validateBaseUrl('http://127.0.0.1:8080/', 'api-base-url')).toBe('http://127.0.0.1:8080');
    expect(validateBaseUrl('http://localhost:1234', 'api-base-url')).toBe('http://localhost:1234');
    expect(validateBaseUrl('http://[::1]:1234/', 'api-base-url')).toBe('http://[::1]:1234');
    expect(validateBaseUrl('https://proxy.example.com/genesys/', 'api-base-url')).toBe(
      'https://proxy.example.com/genesys',
    );
    expect(() => validateBaseUrl('http://audit.invalid/', 'api-base-url')).toThrow(/not loopback.*https/);
    expect(() => validateBaseUrl('http://10.1.2.3', 'login-base-url')).toThrow(EndpointError);
    expect(() => validateBaseUrl('http://127.0.0.1.audit.invalid', 'api-base-url')).toThrow(EndpointError);
  });

  test.each([
    ['https://user:pw@api.mypurecloud.ie', /credentials/],
    ['https://user@api.mypurecloud.ie', /credentials/],
    ['https://api.mypurecloud.ie/?x=1', /query/],
    ['https://api.mypurecloud.ie/?', /query/],
    ['https://api.mypurecloud.ie/#frag', /fragment/],
    ['https://api.mypurecloud.ie#', /fragment/],
    ['ftp://api.mypurecloud.ie', /https/],
    ['file:///etc/passwd', /https/],
    ['not a url', /not a valid URL/],
    ['api.mypurecloud.ie', /not a valid URL/],
  ])('refuses %s', (url, why) => {
    expect(() => validateBaseUrl(url, 'api-base-url')).toThrow(why);
    expect(() => resolveEndpoints({ apiBaseUrl: url })).toThrow(EndpointError);
  });
});

describe('resolveEndpoints', () => {
  test('defaults to mypurecloud.com', () => {
    expect(resolveEndpoints({})).toEqual({
      region: 'mypurecloud.com',
      apiBaseUrl: 'https://api.mypurecloud.com',
      loginBaseUrl: 'https://login.mypurecloud.com',
    });
    expect(resolveEndpoints({ region: '  ' }).region).toBe('mypurecloud.com');
  });

  test('explicit base URLs override the region, which stays the shown region', () => {
    expect(
      resolveEndpoints({
        region: 'eu-west-1',
        apiBaseUrl: 'https://proxy.example.com/api',
        loginBaseUrl: 'https://proxy.example.com/login',
      }),
    ).toEqual({
      region: 'mypurecloud.ie',
      apiBaseUrl: 'https://proxy.example.com/api',
      loginBaseUrl: 'https://proxy.example.com/login',
    });
  });

  test('only base URLs that are not Genesys hosts: region custom; one URL serves both', () => {
    expect(resolveEndpoints({ apiBaseUrl: 'http://127.0.0.1:9000/' })).toEqual({
      region: CUSTOM_REGION,
      apiBaseUrl: 'http://127.0.0.1:9000',
      loginBaseUrl: 'http://127.0.0.1:9000',
    });
    expect(resolveEndpoints({ loginBaseUrl: 'http://localhost:9001' })).toEqual({
      region: CUSTOM_REGION,
      apiBaseUrl: 'http://localhost:9001',
      loginBaseUrl: 'http://localhost:9001',
    });
  });

  test('a Genesys API URL implies its login host and region', () => {
    expect(resolveEndpoints({ apiBaseUrl: 'https://api.usw2.pure.cloud' })).toEqual({
      region: 'usw2.pure.cloud',
      apiBaseUrl: 'https://api.usw2.pure.cloud',
      loginBaseUrl: 'https://login.usw2.pure.cloud',
    });
    expect(resolveEndpoints({ loginBaseUrl: 'https://login.mypurecloud.de/' })).toEqual({
      region: 'mypurecloud.de',
      apiBaseUrl: 'https://api.mypurecloud.de',
      loginBaseUrl: 'https://login.mypurecloud.de',
    });
  });

  test('a custom API URL with a region takes the login host from the region', () => {
    expect(resolveEndpoints({ region: 'eu_central_1', apiBaseUrl: 'https://proxy.example.com' })).toEqual({
      region: 'mypurecloud.de',
      apiBaseUrl: 'https://proxy.example.com',
      loginBaseUrl: 'https://login.mypurecloud.de',
    });
  });

  test('a loopback API URL (the sandbox) is its own login host, whatever the region', () => {
    expect(resolveEndpoints({ region: 'mypurecloud.com', apiBaseUrl: 'http://127.0.0.1:8080' })).toEqual({
      region: 'mypurecloud.com',
      apiBaseUrl: 'http://127.0.0.1:8080',
      loginBaseUrl: 'http://127.0.0.1:8080',
    });
    expect(resolveEndpoints({ region: 'eu-west-1', loginBaseUrl: 'http://localhost:9000' }).apiBaseUrl).toBe(
      'http://localhost:9000',
    );
  });

  test('a bad base URL is refused even with a good region', () => {
    expect(() => resolveEndpoints({ region: 'eu-west-1', loginBaseUrl: 'http://audit.invalid/' })).toThrow(
      EndpointError,
    );
  });
});

test('messages never echo a password pasted into a URL', () => {
  for (const f of [
    () => parseRegion('https://user:hunter2@api.mypurecloud.ie'),
    () => validateBaseUrl('https://user:hunter2@api.mypurecloud.ie', 'api-base-url'),
    () => validateBaseUrl('https://user:hunter2@bad host', 'api-base-url'),
  ]) {
    expect(f).toThrow(EndpointError);
    try {
      f();
    } catch (err) {
      expect((err as Error).message).not.toContain('hunter2');
    }
  }
});
