// The benchmark's relay: the test SMTP server, counting what it takes, in a process of its own
// so that the sender under measurement has a core to itself (as with a real relay). Tells its
// parent its URL, then answers "count" with the number of messages taken.
import { startSmtpServer } from "../../tests/helpers/smtp";

const smtp = await startSmtpServer({ countOnly: true });
process.send!({ url: smtp.url });
process.on("message", (message) => {
  if (message === "count") process.send!({ count: smtp.count() });
  if (message === "stop") void smtp.close().then(() => process.exit(0));
});
