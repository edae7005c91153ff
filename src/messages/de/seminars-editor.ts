export const seminarsEditor = {
  placeholder: '',
};
