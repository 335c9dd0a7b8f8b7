import { expect } from '@open-wc/testing';
import { clock, duration, matchInstitution, timeAgo } from '../../../src/elements/accounts/account-format.js';

const NOW = Date.parse('2026-11-26T12:00:00Z');
const ago = (ms: number) => new Date(NOW - ms).toISOString();

describe('<mono-accounts> formatting', () => {
  it('timeAgo: minutes, then hours, days and weeks, in the locale; a clock ahead is "this minute"; junk is undefined', () => {
    expect(timeAgo(ago(20_000), 'en-NG', NOW)).to.equal('this minute');
    expect(timeAgo(ago(-90_000), 'en-NG', NOW)).to.equal('this minute');
    expect(timeAgo(ago(60_000), 'en-NG', NOW)).to.equal('1 minute ago');
    expect(timeAgo(ago(59 * 60_000), 'en-NG', NOW)).to.equal('59 minutes ago');
    expect(timeAgo(ago(3 * 3_600_000), 'en-NG', NOW)).to.equal('3 hours ago');
    expect(timeAgo(ago(30 * 3_600_000), 'en-NG', NOW)).to.equal('yesterday');
    expect(timeAgo(ago(20 * 86_400_000), 'en-NG', NOW)).to.equal('2 weeks ago');
    expect(timeAgo(ago(5 * 60_000), 'fr-FR', NOW)).to.equal('il y a 5 minutes');
    expect(timeAgo(ago(5 * 60_000), 'not a locale!', NOW)).to.equal('5 minutes ago');
    expect(timeAgo('yesterday-ish', 'en-NG', NOW)).to.equal(undefined);
  });

  it('clock and duration: what is seen (m:ss) and what is heard (whole minutes, then seconds)', () => {
    expect([clock(300), clock(299.2), clock(61), clock(9), clock(-3)]).to.deep.equal(['5:00', '5:00', '1:01', '0:09', '0:00']);
    expect([duration(300, 'en-NG'), duration(61, 'en-NG'), duration(60, 'en-NG'), duration(9, 'en-NG'), duration(0.2, 'en-NG')]).to.deep.equal([
      '5 minutes',
      '2 minutes',
      '1 minute',
      '9 seconds',
      '1 second',
    ]);
    expect(duration(120, 'fr-FR')).to.equal('2 minutes');
  });

  it('matchInstitution: by bank name, ignoring case, accents and "Bank"/"Plc"', () => {
    const banks = [
      { id: 'gt', name: 'GTBank Plc', authMethods: [] },
      { id: 'access', name: 'Access Bank', authMethods: [] },
      { id: 'sg', name: 'Société Générale', authMethods: [] },
    ];
    expect(matchInstitution(banks, 'GTBANK')?.id).to.equal('gt');
    expect(matchInstitution(banks, 'Access')?.id).to.equal('access');
    expect(matchInstitution(banks, 'societe generale')?.id).to.equal('sg');
    expect(matchInstitution(banks, 'Bank')).to.equal(undefined);
    expect(matchInstitution(banks, 'Zenith Bank')).to.equal(undefined);
    expect(matchInstitution(banks, undefined)).to.equal(undefined);
  });
});
