import { expect } from '@open-wc/testing';
import { plural } from '../../../src/core/i18n/plural.js';

const forms = { one: '# transaction', other: '# transactions' };

describe('plural: counted phrases through Intl', () => {
  it('English: 1 is singular, 0 and 2 are plural', () => {
    const count = plural('en');
    expect([0, 1, 2].map((n) => count(n, forms))).to.deep.equal(['0 transactions', '1 transaction', '2 transactions']);
  });

  it('French: 0 and 1 are singular, 2 is plural (the rules differ from English)', () => {
    const count = plural('fr');
    expect([0, 1, 2].map((n) => count(n, forms))).to.deep.equal(['0 transaction', '1 transaction', '2 transactions']);
  });

  it('formats the number in the language (French groups thousands with a narrow space)', () => {
    expect(plural('en')(1234, forms)).to.equal('1,234 transactions');
    expect(plural('fr')(1234, forms).replace(/\s/g, ' ')).to.equal('1 234 transactions');
  });

  it('falls back to `other` when a category has no form', () => {
    expect(plural('fr')(1, { other: '# lignes' })).to.equal('1 lignes');
  });
});
