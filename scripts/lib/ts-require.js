'use strict';
/**
 * Lets Node scripts require the app's TypeScript (content store, services) by stripping types with the
 * TypeScript compiler, the same way WeChat's own TS compile does. Type checking is tsc's job, not this.
 */
const fs = require('fs');
const ts = require('typescript');

if (!require.extensions['.ts']) {
  require.extensions['.ts'] = (module, filename) => {
    const source = fs.readFileSync(filename, 'utf8');
    const { outputText } = ts.transpileModule(source, {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2020,
        esModuleInterop: true,
      },
    });
    module._compile(outputText, filename);
  };
}
