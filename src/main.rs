fn main() {
    std::process::exit(belt::cli::main());
}
