/**
 * Java and Ruby values a prompt comes from: Spring `@Value("${app.system-prompt:default}")` parameters and fields read
 * from `application.yml` / `application.properties`, `@Value("classpath:prompts/system.st") Resource` files, a field
 * the constructor assigns (`this.systemPrompt = promptFile.getContentAsString(…)`), class constants of another file
 * (`Prompts.SYSTEM`, Ruby `Prompts::SYSTEM`), Ruby heredocs, and Ruby `YAML.load_file(path)["key"]` / `Store.fetch(:key)`
 * lookups in a YAML file.
 */
import { parse as parseYaml } from 'yaml';
import { isClass, membersOf } from './classes';
import { rubyHeredocBody } from './java-ruby';
import type { Node } from './parser';
import { unknown, wholeFile, type Again, type Piece, type Resolved } from './pieces';
import { JAVA_SETTINGS } from './project';
import type { CodeProject, Module } from './project-model';
import { dataText } from './dataText';

/** The enclosing Java class (or Ruby class/module) of a node. */
function enclosingType(n: Node): Node | undefined {
  for (let p = n.parent; p; p = p.parent)
    if (/^(?:class_declaration|record_declaration|enum_declaration|class|module)$/.test(p.type)) return p;
  return undefined;
}

/** The `@Value("…")` text on a Java parameter or field named `name` in the class around `n`, and its string. */
function valueAnnotation(n: Node, name: string): { expr: string; node: Node } | undefined {
  const cls = enclosingType(n);
  if (!cls) return undefined;
  for (const decl of cls.descendantsOfType(['formal_parameter', 'field_declaration'])) {
    if (!decl) continue;
    const declared =
      decl.type === 'formal_parameter'
        ? decl.childForFieldName('name')?.text
        : decl.childForFieldName('declarator')?.childForFieldName('name')?.text;
    if (declared !== name) continue;
    const ann = decl.descendantsOfType('annotation').find((a) => a?.childForFieldName('name')?.text === 'Value');
    const arg = ann?.childForFieldName('arguments')?.descendantsOfType('string_fragment')[0];
    if (arg) return { expr: arg.text, node: arg };
  }
  return undefined;
}

/** A Spring property: its value in the project's `application.yml` / `application.properties`. */
function springProperty(project: CodeProject, key: string): Resolved | undefined {
  for (const [uri, text] of project.files) {
    if (!JAVA_SETTINGS.test(uri)) continue;
    if (uri.endsWith('.properties')) {
      const m = new RegExp(`^\\s*${key.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}\\s*[=:]\\s*(.*)$`, 'm').exec(text);
      if (!m) continue;
      // A value continued over lines with a trailing backslash.
      let value = m[1];
      let end = m.index + m[0].length;
      while (value.endsWith('\\')) {
        const next = /^\n\s*(.*)$/m.exec(text.slice(end));
        if (!next) break;
        value = value.slice(0, -1) + next[1];
        end += next[0].length;
      }
      const start = m.index + m[0].length - m[1].length;
      const decoded = value.replace(/\\n/g, '\n').replace(/\\t/g, '\t');
      return {
        pieces: [{ text: decoded, uri, offsets: Array.from(decoded, (_, i) => Math.min(start + i, text.length)) }],
      };
    }
    let data: unknown;
    try {
      data = parseYaml(text);
    } catch {
      continue;
    }
    let cur: unknown = data;
    for (const seg of key.split('.')) cur = (cur as Record<string, unknown> | undefined)?.[seg];
    if (cur === undefined) cur = (data as Record<string, unknown> | undefined)?.[key];
    if (typeof cur === 'string') return dataText(project, uri, cur);
  }
  return undefined;
}

/** `classpath:prompts/system.st`, `file:…`: a file of the project's resources. */
export function resourceFile(project: CodeProject, path: string): Resolved | undefined {
  const rel = path.replace(/^(?:classpath\*?|file):/, '').replace(/^\//, '');
  for (const [uri, text] of project.files)
    if (uri.endsWith(`/src/main/resources/${rel}`) || uri.endsWith(`/${rel}`)) return wholeFile(text, uri);
  return undefined;
}

/** What a Spring `@Value` expression stands for: a property (or its default after `:`), a resource, a literal. */
function springValue(project: CodeProject, expr: string, at: Ref): Resolved {
  const prop = /^\$\{([^:}]+)(?::([^}]*))?\}$/.exec(expr);
  if (prop) {
    const v = springProperty(project, prop[1]);
    if (v && 'pieces' in v) {
      const text = v.pieces.map((p) => p.text).join('');
      // A property that names a resource (`kundenbot.prompt-file=classpath:prompts/system.txt`).
      if (/^(?:classpath\*?|file):/.test(text.trim())) return resourceFile(project, text.trim()) ?? v;
      return v;
    }
    if (prop[2] !== undefined) return literal(prop[2], at);
    return unknown(`the Spring property ${prop[1]} (not in application.yml / application.properties)`);
  }
  if (/^(?:classpath\*?|file):/.test(expr))
    return resourceFile(project, expr) ?? unknown(`the resource ${expr} (not found in the project)`);
  return literal(expr, at);
}

/** Text written in an annotation: its characters sit at the annotation's string. */
const literal = (text: string, at: Ref): Resolved => ({
  pieces: [{ text, uri: at.mod.uri, offsets: Array.from(text, () => at.node.startIndex) }],
});

interface Ref {
  mod: Module;
  node: Node;
}

/**
 * A Java identifier that is a Spring-injected parameter or field (`@Value(…) String systemPrompt`), or a field a
 * constructor of its class assigns (`this.systemPrompt = …`).
 */
export function javaInjected(project: CodeProject, mod: Module, id: Node, again: Again): Resolved | undefined {
  if (mod.lang !== 'java') return undefined;
  const annotated = valueAnnotation(id, id.text);
  if (annotated) return springValue(project, annotated.expr, { mod, node: annotated.node });
  const cls = enclosingType(id);
  const assigned = cls && isClass(cls) ? membersOf(cls)?.get(id.text) : undefined;
  if (assigned && !assigned.equals(id)) return again(mod, assigned);
  return javaStaticImport(project, mod, id, again);
}

/** A constant brought in by `import static com.acme.Prompts.SYSTEM;` (or `Prompts.*`): its value in that class. */
export function javaStaticImport(project: CodeProject, mod: Module, id: Node, again: Again): Resolved | undefined {
  if (mod.lang !== 'java' || !mod.text.includes('import static')) return undefined;
  const re = new RegExp(`^\\s*import\\s+static\\s+(?:\\w+\\.)*?(\\w+)\\.(?:${id.text}|\\*)\\s*;`, 'gm');
  for (const m of mod.text.matchAll(re)) {
    const cls = projectClass(project, mod, m[1]);
    const value = cls && isClass(cls.node) ? membersOf(cls.node)?.get(id.text) : undefined;
    if (cls && value) return again(cls.mod, value);
  }
  return undefined;
}

/**
 * A Spring AI prompt spec written as a lambda (`defaultSystem(s -> s.text(resource).param("shop", shop))`,
 * `.system(sp -> sp.text(S))`): the text its `text(…)` step sets, with `{params}` left as placeholders.
 */
export function javaSpecText(mod: Module, lambda: Node, again: Again): Resolved | undefined {
  if (mod.lang !== 'java' || lambda.type !== 'lambda_expression') return undefined;
  const body = lambda.childForFieldName('body');
  for (const call of body?.descendantsOfType('method_invocation') ?? []) {
    if (call?.childForFieldName('name')?.text !== 'text') continue;
    const arg = call.childForFieldName('arguments')?.namedChildren.find((a) => a && a.type !== 'comment');
    if (arg) return again(mod, arg);
  }
  return undefined;
}

/** `resource.getContentAsString(…)`, `new String(resource.getInputStream().readAllBytes())`: the resource's text. */
export function javaResourceRead(project: CodeProject, mod: Module, receiver: Node): Resolved | undefined {
  if (mod.lang !== 'java' || receiver.type !== 'identifier') return undefined;
  const annotated = valueAnnotation(receiver, receiver.text);
  return annotated ? springValue(project, annotated.expr, { mod, node: annotated.node }) : undefined;
}

/** A class of the project by name (Java `Prompts.SYSTEM`, Ruby `Prompts::SYSTEM`): its declaration. */
export function projectClass(project: CodeProject, mod: Module, name: string): { mod: Module; node: Node } | undefined {
  if (mod.lang !== 'java' && mod.lang !== 'ruby') return undefined;
  const re = new RegExp(`\\b(?:class|interface|record|enum|module)\\s+${name}\\b`);
  for (const m of [mod, ...project.modules.values()]) {
    if (m.lang !== mod.lang || !re.test(m.text)) continue;
    const decl = m.tree.rootNode
      .descendantsOfType(['class_declaration', 'interface_declaration', 'record_declaration', 'class', 'module'])
      .find((c) => c?.childForFieldName('name')?.text === name);
    if (decl) return { mod: m, node: decl };
  }
  return undefined;
}

/** A Ruby heredoc (`<<~PROMPT … PROMPT`): its text, interpolations as placeholders. */
export function rubyHeredoc(mod: Module, start: Node, again: Again): Resolved {
  const body = rubyHeredocBody(start);
  if (!body) return unknown('a heredoc whose body was not found');
  const pieces: Piece[] = [];
  for (const c of body.namedChildren) {
    if (!c || c.type === 'heredoc_end') continue;
    if (c.type === 'interpolation') {
      const inner = c.namedChildren[0];
      const r = inner ? again(mod, inner) : undefined;
      if (r && 'pieces' in r) pieces.push(...r.pieces);
      else
        pieces.push({
          text: `{{${c.text.slice(2, -1)}}}`,
          uri: mod.uri,
          offsets: Array.from(c.text, () => c.startIndex),
        });
      continue;
    }
    pieces.push({
      text: c.text,
      uri: mod.uri,
      offsets: Array.from(c.text, (_, i) => c.startIndex + i),
    });
  }
  return pieces.length ? { pieces } : unknown('an empty heredoc');
}

/** The first argument of a `defaultSystem(…)` step of a builder chain (`builder.defaultSystem(S).build()`). */
function defaultSystemArg(chain: Node | undefined, re: RegExp): Node | undefined {
  for (let p: Node | null | undefined = chain; p?.type === 'method_invocation'; p = p.childForFieldName('object'))
    if (re.test(p.childForFieldName('name')?.text ?? ''))
      return p.childForFieldName('arguments')?.namedChildren.find((a) => a && a.type !== 'comment') ?? undefined;
  return undefined;
}

/**
 * The system a Java client's builder gave it (`this.chat = builder.defaultSystem(S).build()`), for a call made on
 * the client (`chat.prompt()…call()`): the field's own builder in the class first, else a `@Bean` method of the
 * project that builds one (the client injected into the class), else undefined.
 */
export function javaClientSystem(
  project: CodeProject,
  mod: Module,
  call: Node,
  re: RegExp,
  again: Again,
): Resolved | undefined {
  if (mod.lang !== 'java') return undefined;
  let root: Node | null = call;
  while (root?.type === 'method_invocation' && root.childForFieldName('object'))
    root = root.childForFieldName('object');
  const name = root?.type === 'field_access' ? root.childForFieldName('field')?.text : root?.text;
  const cls = enclosingType(call);
  if (name && cls && isClass(cls)) {
    const value = membersOf(cls)?.get(name);
    const arg = defaultSystemArg(value, re);
    if (arg) return again(mod, arg);
  }
  for (const m of project.modules.values()) {
    if (m.lang !== 'java' || !/@Bean\b/.test(m.text)) continue;
    for (const method of m.tree.rootNode.descendantsOfType('method_declaration')) {
      if (!method || !/@Bean\b/.test(method.childForFieldName('modifiers')?.text ?? method.text.slice(0, 80))) continue;
      for (const ret of method.descendantsOfType('return_statement')) {
        const arg = defaultSystemArg(ret?.namedChildren[0] ?? undefined, re);
        if (arg) return again(m, arg);
      }
    }
  }
  return undefined;
}

/** `systemPrompt` → `system-prompt` (Spring's relaxed binding: the kebab-case key of a property). */
const kebab = (name: string) => name.replace(/(?<=[a-z0-9])(?=[A-Z])/g, '-').toLowerCase();

/** The declared type of a Java field or parameter named `name` in the class around `n`. */
function declaredType(n: Node, name: string): string | undefined {
  const cls = enclosingType(n);
  for (const decl of cls?.descendantsOfType(['formal_parameter', 'field_declaration']) ?? []) {
    if (!decl) continue;
    const declared =
      decl.type === 'formal_parameter'
        ? decl.childForFieldName('name')?.text
        : decl.childForFieldName('declarator')?.childForFieldName('name')?.text;
    if (declared === name) return /(\w+)\s*(?:<.*>)?$/.exec(decl.childForFieldName('type')?.text ?? '')?.[1];
  }
  return undefined;
}

/**
 * `props.systemPrompt()` / `props.getSystemPrompt()` on a `@ConfigurationProperties(prefix = "llm")` record or class of
 * the project: the property `llm.system-prompt` in the Spring settings.
 */
export function javaConfigProperty(project: CodeProject, mod: Module, call: Node): Resolved | undefined {
  if (mod.lang !== 'java' || call.type !== 'method_invocation') return undefined;
  const obj = call.childForFieldName('object');
  const method = call.childForFieldName('name')?.text;
  const name = obj?.type === 'field_access' ? obj.childForFieldName('field')?.text : obj?.text;
  if (!obj || !method || !name || !/^\w+$/.test(name)) return undefined;
  const type = declaredType(call, name);
  const cls = type ? projectClass(project, mod, type) : undefined;
  const ann = cls?.node.text
    .slice(0, 2000)
    .match(/@ConfigurationProperties\s*\(\s*(?:(?:prefix|value)\s*=\s*)?"([^"]+)"/);
  if (!ann) return undefined;
  const prop = method.replace(/^get(?=[A-Z])/, '');
  const key = `${ann[1]}.${kebab(prop[0].toLowerCase() + prop.slice(1))}`;
  return springProperty(project, key) ?? springProperty(project, `${ann[1]}.${prop}`);
}
