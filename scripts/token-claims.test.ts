import { DEMO_PARTNERSHIP_ID } from '../subgraphs/demo-partnership';
import { organisationsOutsideTheDemo, tokenRequest } from './token-claims';

describe('the token script’s claims', () => {
  it('reads GSS codes, UKPRNs and "demo" as ids', () => {
    const { claims } = tokenRequest(['--role', 'council_admin', '--council', 'E08000025', '--partnership', 'demo']);
    expect(claims.partnerships).toEqual([DEMO_PARTNERSHIP_ID]);
    expect(organisationsOutsideTheDemo(claims)).toEqual([]);
  });

  it('names each organisation the demo partnership does not hold', () => {
    const { claims } = tokenRequest(['--role', 'council_admin', '--council', 'E08000099', '--university', '10000000']);
    expect(organisationsOutsideTheDemo(claims)).toEqual([`council ${claims.councils![0]}`, `university ${claims.universities![0]}`]);
  });
});
