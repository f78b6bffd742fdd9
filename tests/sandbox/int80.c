/* Used by the escape suite (x86_64 only): one i386 system call through `int 0x80`, getpid (20
 * in the i386 table). Exits 0 when the call returned a pid, 1 otherwise (no IA32 emulation). */
int main(void) {
    long r;
    __asm__ volatile("int $0x80" : "=a"(r) : "a"(20L) : "memory");
    return r > 0 ? 0 : 1;
}
