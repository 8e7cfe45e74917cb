import BidKitTestSupport
import Foundation
import Testing

/// Issue 15 item 13: `make install PREFIX=…` (its copying step, `.ci/install.sh`, on the debug build;
/// `swift test` holds the build folder, so the test cannot run `swift build` itself) puts the
/// executable, plugins, templates and completions where a copied binary finds them.
@Suite("make install")
struct InstallTests {
    @Test func anInstalledBinaryFindsItsPluginsAndTemplatesAwayFromTheSourceTree() throws {
        let prefix = try TemporaryDirectory()
        let bin = (try CLI.executable() as NSString).deletingLastPathComponent
        let install = try Subprocess.run(["/bin/sh", TestPaths.packageRoot + "/.ci/install.sh", bin, prefix.path], timeout: 120)
        #expect(install.status == 0, "\(install.output)")
        let installed = prefix.path + "/bin/bidkit"
        for file in ["lib/bidkit/plugins/libBidKitDocxRenderer.so", "share/bidkit/templates/cn-goods/template.yaml",
                     "share/bash-completion/completions/bidkit", "share/zsh/site-functions/_bidkit", "share/fish/vendor_completions.d/bidkit.fish"] {
            #expect(FileManager.default.fileExists(atPath: prefix.path + "/" + file), "\(file)")
        }
        // Run from a folder outside the source tree, with no search path given: only the install layout can be found.
        let env = ["BIDKIT_PLUGIN_PATH": "", "BIDKIT_TEMPLATE_PATH": "", "NO_COLOR": "1"]
        let plugins = try Subprocess.run([installed, "plugins"], in: prefix.path, environment: env, timeout: 60)
        #expect(plugins.status == 0, "\(plugins.output)")
        #expect(plugins.stdout.contains(prefix.path + "/lib/bidkit/plugins/libBidKitHtmlRenderer.so"))
        let templates = try Subprocess.run([installed, "templates"], in: prefix.path, environment: env, timeout: 60)
        #expect(templates.status == 0 && templates.stdout.contains(prefix.path + "/share/bidkit/templates/en-proposal"), "\(templates.output)")
        #expect(!templates.stdout.contains(TestPaths.packageRoot + "/Templates"))
        let project = prefix.path + "/bid"
        let created = try Subprocess.run([installed, "init", project, "--template", "en-proposal"], in: prefix.path, environment: env, timeout: 60)
        #expect(created.status == 0, "\(created.output)")
        let built = try Subprocess.run([installed, "build", project, "--format", "html", "--out", project + "/dist"], in: prefix.path,
                                       environment: env, timeout: 120)
        #expect(built.status == 0, "\(built.output)")
    }
}
