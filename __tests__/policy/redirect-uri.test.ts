import { describe, expect, test } from '@jest/globals';
import { describeInsecure, isLoopbackHost, parseRedirectUri } from '../../src/policy/redirect-uri.js';

describe('insecure redirect URIs', () => {
  test.each<[string, string[]]>([
    ['https://app.example.com/callback', []],
    ['https://app.example.com:8443/cb?x=1', []],
    // loopback over http is fine (RFC 8252 §7.3)
    ['http://localhost:3000/cb', []],
    ['http://LOCALHOST/cb', []],
    ['http://127.0.0.1:8080/cb', []],
    ['http://127.10.20.30/cb', []],
    ['http://[::1]:8080/cb', []],
    // native-app private-use schemes (RFC 8252 §7.1)
    ['com.example.app:/oauth2redirect', []],
    ['myapp://callback', []],
    ['http://app.example.com/cb', ['http-non-loopback']],
    ['http://localhost.evil.com/cb', ['http-non-loopback']],
    ['http://128.0.0.1/cb', ['http-non-loopback']],
    ['http://[::2]/cb', ['http-non-loopback']],
    ['https://*.example.com/cb', ['wildcard']],
    ['https://app.example.com/*', ['wildcard']],
    ['https://app.example.com/cb#', ['fragment']],
    ['https://app.example.com/cb#frag', ['fragment']],
    ['https://user@app.example.com/cb', ['userinfo']],
    ['https://user:pw@app.example.com/cb', ['userinfo']],
    ['https://@app.example.com/cb', ['userinfo']],
    ['http://evil.com#@localhost/', ['http-non-loopback', 'fragment']],
    ['javascript:alert(1)', ['dangerous-scheme']],
    ['data:text/html,hi', ['dangerous-scheme']],
    ['file:///etc/passwd', ['dangerous-scheme']],
    ['', ['unparseable']],
    ['not a uri', ['unparseable']],
    ['/relative/path', ['unparseable']],
    ['https:///x', ['unparseable']],
    ['http:example.com', ['unparseable']],
    ['https://exa mple.com/', ['unparseable']],
    ['https://example.com\\@evil.com/', ['unparseable']],
    ['https://exa\tmple.com/', ['unparseable']],
    ['https://[::1/', ['unparseable']],
    ['https://*.[bad/', ['wildcard', 'unparseable']],
  ])('%p → %j', (uri, problems) => {
    expect(parseRedirectUri(uri).problems).toEqual(problems);
  });

  test('hosts are lower-case, without port; no host for hostless URIs', () => {
    expect(parseRedirectUri('https://App.Example.COM:8443/x').host).toBe('app.example.com');
    expect(parseRedirectUri('http://[::1]:3000/').host).toBe('[::1]');
    expect(parseRedirectUri('com.example.app:/cb').host).toBeNull();
    expect(parseRedirectUri('nope').host).toBeNull();
  });

  test('isLoopbackHost', () => {
    expect(isLoopbackHost('localhost')).toBe(true);
    expect(isLoopbackHost('127.255.255.255')).toBe(true);
    expect(isLoopbackHost('127.0.0.256')).toBe(false);
    expect(isLoopbackHost('[::1]')).toBe(true);
    expect(isLoopbackHost('localhost.example.com')).toBe(false);
    expect(isLoopbackHost('10.0.0.1')).toBe(false);
  });

  test('the message lists every reason in one sentence', () => {
    expect(describeInsecure(parseRedirectUri('http://a.com/cb#x'))).toBe(
      'Redirect URI `http://a.com/cb#x` uses plain `http` on a host that is not loopback and has a fragment (`#`).',
    );
    expect(describeInsecure(parseRedirectUri('http://u@*.a.com/cb#x'))).toBe(
      'Redirect URI `http://u@*.a.com/cb#x` contains a `*` wildcard, uses plain `http` on a host that is not loopback, has a fragment (`#`) and carries user information (`user@`).',
    );
  });

  test('never throws', () => {
    for (const s of ['\u0000', 'a:', '::', 'http://', 'http://%zz/', 'x:'.repeat(5000), 'http://[', '\ud800'])
      expect(() => parseRedirectUri(s)).not.toThrow();
  });
});
