// Splits the Go tree's test/escape*.go files into units for EscapeGoTreeDifferentialTest:
// one unit per top-level function, holding that function, the top-level declarations it
// needs (transitively), every method of the types it pulls in and the imports it uses,
// in file order, without the // ERROR expectations; and one unit per whole file (also
// without them), named by the file alone. go/parser reads the files, so the split follows
// Go's own grammar; each unit is then compiled by the real compiler. A unit of a
// "package main" file that does not hold func main is put in "package p", since Go
// refuses a main package without main (the package name changes no diagnostic).
//
// Output on stdout, per unit:
//
//	=== unit <file>[:<function>[#n]] <suspect|ok>
//	<source>
//
// "suspect" marks units go/types rejects, which the test compiles one at a time so that
// the compiler alone decides what is excluded. Units declaring a function without a body
// (assembly in the real tree, which compiles these files with go tool compile) are what
// go build rejects for a lone file, as the analyzer does: they drop out as not compiling.
package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

var errorComment = regexp.MustCompile(`[ \t]*// ERROR.*`)

func main() {
	files, err := filepath.Glob(filepath.Join(os.Args[1], "escape*.go"))
	if err != nil {
		panic(err)
	}
	sort.Strings(files)
	imp := importer.Default()
	for _, f := range files {
		split(f, imp)
	}
}

func split(path string, imp types.Importer) {
	src, err := os.ReadFile(path)
	if err != nil {
		panic(err)
	}
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, path, src, parser.ParseComments)
	if err != nil {
		fmt.Fprintln(os.Stderr, "skipped:", err)
		return
	}
	byName := map[string][]int{}
	methods := map[string][]int{}
	for i, d := range file.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv != nil {
				methods[receiverType(d.Recv.List[0].Type)] = append(methods[receiverType(d.Recv.List[0].Type)], i)
			} else {
				byName[d.Name.Name] = append(byName[d.Name.Name], i)
			}
		case *ast.GenDecl:
			for _, s := range d.Specs {
				switch s := s.(type) {
				case *ast.ValueSpec:
					for _, n := range s.Names {
						byName[n.Name] = append(byName[n.Name], i)
					}
				case *ast.TypeSpec:
					byName[s.Name.Name] = append(byName[s.Name.Name], i)
				}
			}
		}
	}
	uses := make([]map[string]bool, len(file.Decls))
	for i, d := range file.Decls {
		uses[i] = map[string]bool{}
		ast.Inspect(d, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				uses[i][id.Name] = true
			}
			return true
		})
	}
	seen := map[string]int{}
	base := filepath.Base(path)
	emit(base, errorComment.ReplaceAllString(string(src), ""), imp)
	for root, d := range file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv != nil {
			continue
		}
		in := map[int]bool{root: true}
		work := []int{root}
		for len(work) > 0 {
			j := work[len(work)-1]
			work = work[:len(work)-1]
			for name := range uses[j] {
				if name == "init" || name == "_" {
					continue
				}
				for _, k := range append(append([]int{}, byName[name]...), methods[name]...) {
					if !in[k] {
						in[k] = true
						work = append(work, k)
					}
				}
			}
		}
		used := map[string]bool{}
		for k := range in {
			for name := range uses[k] {
				used[name] = true
			}
		}
		var out bytes.Buffer
		pkg := file.Name.Name
		if pkg == "main" && !in[mainIndex(file)] {
			pkg = "p"
		}
		fmt.Fprintf(&out, "package %s\n", pkg)
		for _, is := range file.Imports {
			p, _ := strconv.Unquote(is.Path.Value)
			name := p[strings.LastIndex(p, "/")+1:]
			if is.Name != nil {
				name = is.Name.Name
			}
			if used[name] || name == "_" || name == "." {
				if is.Name != nil {
					fmt.Fprintf(&out, "\nimport %s %s\n", is.Name.Name, is.Path.Value)
				} else {
					fmt.Fprintf(&out, "\nimport %s\n", is.Path.Value)
				}
			}
		}
		for k, d := range file.Decls {
			if !in[k] {
				continue
			}
			out.WriteString("\n")
			if doc := docOf(d); doc != nil {
				for _, c := range doc.List {
					if strings.HasPrefix(c.Text, "//go:") {
						out.WriteString(c.Text + "\n")
					}
				}
			}
			text := string(src[fset.Position(d.Pos()).Offset:fset.Position(d.End()).Offset])
			out.WriteString(errorComment.ReplaceAllString(text, "") + "\n")
		}
		name := base + ":" + fd.Name.Name
		seen[name]++
		if seen[name] > 1 {
			name += "#" + strconv.Itoa(seen[name])
		}
		emit(name, out.String(), imp)
	}
}

func emit(name, src string, imp types.Importer) {
	status := "ok"
	if !typeChecks(src, imp) {
		status = "suspect"
	}
	fmt.Printf("=== unit %s %s\n%s", name, status, src)
}

// mainIndex is the index of func main among the file's declarations, or -1.
func mainIndex(file *ast.File) int {
	for i, d := range file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == "main" {
			return i
		}
	}
	return -1
}

func typeChecks(src string, imp types.Importer) bool {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "main.go", src, 0)
	if err != nil {
		return false
	}
	conf := types.Config{Importer: imp, Error: func(error) {}}
	_, err = conf.Check("p", fset, []*ast.File{f}, nil)
	return err == nil
}

func docOf(d ast.Decl) *ast.CommentGroup {
	switch d := d.(type) {
	case *ast.FuncDecl:
		return d.Doc
	case *ast.GenDecl:
		return d.Doc
	}
	return nil
}

func receiverType(e ast.Expr) string {
	switch t := e.(type) {
	case *ast.StarExpr:
		return receiverType(t.X)
	case *ast.IndexExpr:
		return receiverType(t.X)
	case *ast.IndexListExpr:
		return receiverType(t.X)
	case *ast.ParenExpr:
		return receiverType(t.X)
	case *ast.Ident:
		return t.Name
	}
	return ""
}
