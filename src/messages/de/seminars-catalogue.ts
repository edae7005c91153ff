export const seminarsCatalogue = {
  placeholder: '',
};
