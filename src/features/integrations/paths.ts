export const TOKENS_PATH = '/verwaltung/schnittstellen';
export const ISSUE_PATH = `${TOKENS_PATH}/neu`;
export const revokePath = (id: string) => `${TOKENS_PATH}/${id}/widerrufen`;
export const tokenAnchor = (id: string) => `token-${id}`;
