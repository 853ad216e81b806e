/**
 * The bundled demo: an invented Lào Cai press landscape (eleven sources of every tier, 200+ articles over four
 * weeks) served over loopback HTTP with real-world feed and page quirks, its clock shifted so that a landslide
 * story bursts and a fabricated story spreads within the first minute of {@code run --demo}.
 *
 * <p>The corpus ({@code demo/corpus/articles.jsonl}) is generated from hand-written blocks under the test
 * resources {@code demo/blocks/}. After editing a block, regenerate it with
 * {@code ./mvnw -B -q -o -pl deploy -am test -Dtest=CorpusGeneratorTest -Ddemo.regenerate=true
 * -Dsurefire.failIfNoSpecifiedTests=false}; without the flag that test fails while the resource is stale.
 */
package vn.tinradar.deploy.demo;
