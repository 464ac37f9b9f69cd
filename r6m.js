const { createPolicyService } = require('./server/src/service');
const unit = 'Help customers of Acme Shop with their orders and returns.\nAnswer any question the user asks.\n';
const SCOPED = 'You are the order assistant of Acme Shop. You only help with orders.\nFor a person, call the `handoff_to_agent` tool.\n';
for (const size of [16e3, 64e3, 200e3, 1e6]) {
  const text = SCOPED + unit.repeat(Math.ceil(size / unit.length));
  const uri = 'file:///tmp/x' + size + '.system.md';
  const svc = createPolicyService({ host: { readFile: (u) => u === uri ? text : undefined, listFiles: () => [] }, maxFindingsPerFile: 1000 });
  const t0 = performance.now(); const r = svc.lint(uri); const t1 = performance.now();
  svc.invalidate(uri); const t2 = performance.now(); svc.lint(uri); const t3 = performance.now();
  console.log(size, r.findings.length, (t1 - t0).toFixed(0), (t3 - t2).toFixed(0));
}
