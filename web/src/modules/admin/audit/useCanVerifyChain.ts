import { useHeadOfficeGrant } from '../../../shared/useHeadOfficeGrant';

/** The hash chain is one for the whole company: only holders of audit.read at head office check it. */
export function useCanVerifyChain(): boolean {
  return useHeadOfficeGrant('audit.read');
}
