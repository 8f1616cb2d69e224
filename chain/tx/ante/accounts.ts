import { Errors } from '../../errors';
import type { SignerAccount } from '../keepers';
import type { AnteDecorator, AnteDeps } from './context';

/** Every signer's account exists; looks them up once, into `a.accounts`, for the decorators after it. */
export function loadSignerAccounts(deps: Pick<AnteDeps, 'accounts'>): AnteDecorator {
  return {
    name: 'loadSignerAccounts',
    handle(a, next) {
      const { signers } = a.tx;
      const accounts = new Array<SignerAccount>(signers.length);
      for (let i = 0; i < signers.length; i++) {
        const acc = deps.accounts.getSignerAccount(a.ctx, signers[i].address);
        if (!acc) throw Errors.unknownAddress.wrap(`account ${signers[i].address} does not exist`);
        accounts[i] = acc;
      }
      a.accounts = accounts;
      next(a);
    },
  };
}
