export const DASHBOARD_PATH = '/verwaltung/programm';
export const KREISE_PATH = `${DASHBOARD_PATH}/kreise`;
export const exportPath = (format: 'csv' | 'xlsx') => `${DASHBOARD_PATH}/export.${format}`;
