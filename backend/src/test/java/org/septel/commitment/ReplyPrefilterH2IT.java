package org.septel.commitment;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ReplyPrefilterH2IT extends ReplyPrefilterContract {
}
