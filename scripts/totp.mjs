// Prints the current authenticator code for a TOTP key: for trying the demo without a phone.
import { generate } from 'otplib';

const secret = process.argv[2];
if (!secret) {
  console.error('Usage: npm run totp -- <key printed at first start>');
  process.exit(1);
}
console.log(await generate({ secret: secret.replace(/\s+/g, '').toUpperCase() }));
