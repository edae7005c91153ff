export const seminarsRegistration = {
  placeholder: '',
};
