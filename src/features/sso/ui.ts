/** View fragments the accounts feature places in its pages: the login button and the account page's section. */
export { SsoAccountSection, SsoLoginButton } from './views/fragments.tsx';
