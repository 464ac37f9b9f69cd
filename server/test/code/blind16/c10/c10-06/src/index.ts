export { sendLoginCode, verifyLoginCode } from './otp';
