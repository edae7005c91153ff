export const seminarsOperations = {
  placeholder: '',
};
