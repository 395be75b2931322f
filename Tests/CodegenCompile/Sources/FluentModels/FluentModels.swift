// The generated files go to Generated/ (scripts/codegen-compile.sh); this file keeps the target when it is empty.
