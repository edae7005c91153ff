/** The audit log's subject for what happens to a strategy as a whole. */
export const strategySubject = (strategyId: string) => ({ type: 'strategy', id: strategyId });
