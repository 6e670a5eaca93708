import LadderCLI

@main
enum Ladder {
    static func main() {
        LadderCommand.runAsMain()
    }
}
