// The query engine lands here (lexer, parser, binder, planner, executor).
