// Parse and validate Adaptive Cards with Microsoft's own parser (npm "adaptivecards").
// Reads a JSON array of cards on standard input; prints a JSON array with, per card, the
// parser's events (unknown elements, invalid values, unlabelled inputs ...). Exit code 0.
const path = require("path");
const AC = require(path.join(process.env.ADAPTIVECARDS_DIR, "node_modules/adaptivecards/dist/adaptivecards.js"));
let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const results = JSON.parse(input).map((json) => {
    const context = new AC.SerializationContext(new AC.Version(1, 5));
    const card = new AC.AdaptiveCard();
    card.parse(json, context);
    const events = [];
    for (let i = 0; i < context.eventCount; i++) {
      const e = context.getEventAt(i);
      events.push(AC.ValidationEvent[e.event] + ": " + e.message);
    }
    for (const e of card.validateProperties().validationEvents) {
      events.push(AC.ValidationEvent[e.event] + ": " + e.message);
    }
    return events;
  });
  process.stdout.write(JSON.stringify(results));
});
